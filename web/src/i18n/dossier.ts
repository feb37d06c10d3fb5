/** The files of a dispositif's dossier (vidéoprotection system, funding request). */
export const dossier = {
  heading: 'Pièces du dossier',
  hint: {
    'video-systems': 'Arrêté préfectoral, avis de la commission départementale, AIPD, charte… (10 Mio au plus par fichier).',
    'funding-requests': 'Dossier déposé, arrêté ou convention attributive, justificatifs… (10 Mio au plus par fichier).',
  } as Record<string, string>,
  none: 'Aucune pièce pour le moment.',
  file: 'Fichier à joindre',
  upload: 'Joindre le fichier',
  choose: 'Choisissez d’abord un fichier.',
  uploading: 'Envoi en cours…',
  uploaded: (name: string) => `« ${name} » joint au dossier.`,
  removed: (name: string) => `« ${name} » retiré du dossier.`,
  remove: 'Retirer',
  removeQuestion: (name: string) => `Retirer « ${name} » du dossier ?`,
  line: (size: string, who: string, on: string) => `${size}, déposé par ${who} le ${on}`,
  kib: (n: string) => `${n} Kio`,
};
