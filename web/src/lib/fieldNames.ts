import { fr } from '../i18n/fr';

// API field names beyond a fiche's, in the words of the screens.
const others: Record<string, string> = {
  name: 'Nom', login: 'Identifiant', password: 'Mot de passe', email: 'Courriel', phone: 'Téléphone',
  role: 'Rôle', territory_id: 'Territoire', organisation_id: 'Organisation', contact_id: 'Personne',
  starts_at: 'Date et heure', date: 'Date', place: 'Lieu', frequency: 'Rythme', frequency_count: 'Nombre',
  frequency_max: 'Fourchette', confidentiality: 'Confidentialité', charter_signed_on: 'Charte signée le',
  left_on: 'Date de départ', text: 'Texte', owner_contact_id: 'Responsable', owner_organisation_id: 'Responsable',
  public_label: 'Libellé public', cancel_reason: "Motif de l'annulation", version: 'Version', period_start: 'Début de période',
  period_end: 'Fin de période', key_dates: 'Dates clés', signatories: 'Signataires', objectives: 'Objectifs stratégiques',
  sections: 'Texte de la stratégie', orientations: "Orientations de l'axe", partners: 'Partenaires',
  confirm_no_nominative: 'Aucune information nominative (case à cocher)', confirm_public_label: 'Libellé public (case à cocher)',
  amount_cents: 'Montant', occurred_on: 'Date des faits', commune: 'Commune', end_date: 'Date de fin', end_reason: 'Motif de fin',
  retention_days: 'Durée de conservation', purposes: 'Finalités', authorised_on: 'Autorisé le', authorisation_reference: "Référence de l'arrêté",
  aipd_on: 'AIPD', cnil_reference: 'Engagement CNIL', commission_opinion: "Sens de l'avis", commission_opinion_on: "Date de l'avis",
  charter_adopted_on: 'Charte adoptée le', ethics_body_id: "Comité d'éthique", identifier: 'Identifiant', longitude: 'Longitude',
  latitude: 'Latitude', in_service_on: 'Mise en service', out_of_service_on: 'Retrait', reason: 'Motif', requester: 'Demandeur',
  requester_unit: 'Unité', procedure_reference: 'Référence de la procédure', camera_id: 'Caméra', images_from: 'Début des images',
  images_to: 'Fin des images', medium: 'Support', handed_to: 'Remise à', handed_on: 'Remise le', destroyed_on: 'Détruite le',
  led_to_procedure: 'Suite', year: 'Année', signed_on: 'Signé le', mayor: 'Le maire', prefect: 'Le préfet',
  force: 'Forces de sécurité', force_signatory: 'Signataire', communes: 'Communes', consent_on: 'Consentement',
  funder: 'Financeur', funder_name: 'Nom du financeur', programme: 'Programme', project_cost_cents: 'Coût du projet',
  requested_cents: 'Montant demandé', granted_cents: 'Montant accordé', paid_cents: 'Montant versé', cofunders: 'Cofinanceurs',
  channel: 'Canal de dépôt', deadline: 'Date limite', report_sent_on: 'Compte rendu envoyé le', fipd_cap_percent: 'Plafond local',
  cap_source: 'Source du plafond', action_id: 'Fiche-action',
  bilans: 'Bilan publié', from: 'Année de début', to: 'Année de fin', calendar: 'Calendrier', diagnostic: 'Chiffres officiels',
};

// Merged once: every field a refusal may name.
const words: Record<string, string> = { ...others, ...(fr.action.fields as Record<string, string>) };

/** "indicators[2].measurements[0].value" → "Indicateurs d'évaluation 3, Mesures 1, Valeur": the field
 * a refusal names, for a message shown away from any field. */
export function fieldName(path: string): string {
  return path.split('.').map((part) => {
    const m = /^([a-z_]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m) return part;
    const word = words[m[1]] ?? m[1].replace(/_/g, ' ');
    return m[2] === undefined ? word : `${word} ${Number(m[2]) + 1}`;
  }).join(', ');
}
