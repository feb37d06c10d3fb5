/** The journal's action codes (src/followup, src/governance) in words, for the DPO's screen. */
const labels: Record<string, string> = {
  lecture: 'Lecture du suivi',
  lecture_partagee: "Lecture d'un suivi partagé",
  lecture_archive: "Lecture d'un suivi archivé",
  lecture_procedures: 'Lecture des procédures du suivi',
  lecture_secret_social: 'Lecture des informations du secret partagé',
  ecriture_secret_social: 'Écriture au secret partagé',
  creation: 'Création du suivi',
  modification: 'Modification du suivi',
  ajout_action: 'Action ajoutée au suivi',
  cloture: 'Clôture du suivi',
  purge: 'Effacement en fin de conservation',
  recherche_nom: 'Recherche par nom',
  refus: 'Accès refusé',
  'acces.demande': 'Accès demandé',
  'acces.retire': 'Accès retiré',
  'acces.suspendu': 'Accès suspendu',
  droit_acces: "Exercice du droit d'accès",
  fin_partage: 'Fin du partage',
  transfert: 'Transfert du suivi',
  rappel_ordre: "Rappel à l'ordre",
  cddf: 'Conseil pour les droits et devoirs des familles',
  tig: "Travail d'intérêt général",
  impression_convocation: "Impression d'une convocation",
  export: 'Export du dossier',
  impression: 'Impression du dossier',
  'confidentiel.lecture': "Lecture d'un contenu confidentiel",
  'confidentiel.refus': "Refus d'un contenu confidentiel",
  'cellule_urgence.activation': "Activation de la cellule d'urgence",
  'cellule_urgence.cloture': "Clôture de la cellule d'urgence",
  reminders: 'Rappels envoyés',
};

/** "lecture_archive" → "Lecture d'un suivi archivé"; an unknown code in plain words. */
export function journalAction(code: string): string {
  if (labels[code]) return labels[code];
  const words = code.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
