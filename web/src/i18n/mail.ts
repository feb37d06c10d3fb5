/** Who a sending reached (POST …/send). */
export interface MailReport { sent: string[]; without_address: string[]; failed: string[] }

/** Sending by e-mail: convocations, minutes, reminders (issue 15 §3). */
export const mail = {
  title: 'Envoi par courriel',
  convocation: 'Envoyer la convocation par courriel',
  cancellation: "Envoyer l'annulation par courriel",
  minutes: 'Envoyer le compte rendu par courriel',
  reminders: 'Rappeler par courriel les décisions en retard',
  confidentialHint: "Instance confidentielle : la convocation ne porte que la date, le lieu et un lien ; le compte rendu ne part jamais par courriel.",
  invitationHint: 'La convocation porte une invitation que les agendas (Outlook, Thunderbird, téléphones) ajoutent d\'eux-mêmes ; renvoyée après un déplacement, elle remplace la première.',
  sending: 'Envoi en cours…',
  followed: (report: string) => `La convocation envoyée suit le changement : ${report}`,
  notFollowed: (why: string) => `La convocation envoyée n'a pas pu suivre le changement (${why}) : renvoyez-la depuis la page de la réunion.`,
  report: (sent: string[], missing: string[], failed: string[]) => [
    sent.length === 0 ? 'Aucun courriel envoyé.' : `Envoyé à ${sent.length} personne${sent.length > 1 ? 's' : ''} : ${sent.join(', ')}.`,
    missing.length ? `Sans adresse dans l'annuaire : ${missing.join(', ')}.` : '',
    failed.length ? `Refusé par le serveur de courriel : ${failed.join(', ')}.` : '',
  ].filter(Boolean).join(' '),
};
