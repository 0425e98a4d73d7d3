<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Amendments</name>
    <message>
        <source>amendment</source>
        <translation>avenant</translation>
    </message>
    <message>
        <source>it changes nothing: name a person or an establishment to add or remove.</source>
        <translation>il ne change rien : indiquez une personne ou un établissement à ajouter ou à retirer.</translation>
    </message>
    <message>
        <source>person to remove</source>
        <translation>personne à retirer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the annex in force.</source>
        <translation>« %1 » ne figure pas dans l&apos;annexe en vigueur.</translation>
    </message>
    <message>
        <source>establishment to remove</source>
        <translation>établissement à retirer</translation>
    </message>
    <message>
        <source>person added %1</source>
        <translation>personne ajoutée %1</translation>
    </message>
    <message>
        <source>establishment added %1</source>
        <translation>établissement ajouté %1</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>the annex would name no one: terminate the convention instead, or add a person.</source>
        <translation>l&apos;annexe ne nommerait plus personne : résiliez plutôt la convention, ou ajoutez une personne.</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>the annex would have no establishment: terminate the convention instead, or add one.</source>
        <translation>l&apos;annexe n&apos;aurait plus d&apos;établissement : résiliez plutôt la convention, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>%1, amendment %2</source>
        <translation>%1, avenant %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Create or change the profile of a Caf</source>
        <translation>Créer ou modifier le profil d&apos;une Caf</translation>
    </message>
    <message>
        <source>Show the profile of a Caf</source>
        <translation>Afficher le profil d&apos;une Caf</translation>
    </message>
    <message>
        <source>List the Caf profiles</source>
        <translation>Lister les profils de Caf</translation>
    </message>
    <message>
        <source>Choose the Caf this workstation works for</source>
        <translation>Choisir la Caf pour laquelle travaille ce poste</translation>
    </message>
    <message>
        <source>Import a habilitation request (JSON)</source>
        <translation>Importer une demande d&apos;habilitation (JSON)</translation>
    </message>
    <message>
        <source>List the conventions</source>
        <translation>Lister les conventions</translation>
    </message>
    <message>
        <source>Show one convention with its dates</source>
        <translation>Afficher une convention et ses dates</translation>
    </message>
    <message>
        <source>Import a provider&apos;s establishments (CSV)</source>
        <translation>Importer les établissements d&apos;un fournisseur (CSV)</translation>
    </message>
    <message>
        <source>List a provider&apos;s establishments</source>
        <translation>Lister les établissements d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>List the establishment types</source>
        <translation>Lister les types d&apos;établissement</translation>
    </message>
    <message>
        <source>Add or change an establishment type</source>
        <translation>Ajouter ou modifier un type d&apos;établissement</translation>
    </message>
    <message>
        <source>Read the audit journal</source>
        <translation>Consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data</source>
        <translation>Remplir une base de données vide avec des données de démonstration</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>Habilis: the conventions d&apos;habilitation informatique « Structures » of a Caf.</source>
        <translation>Habilis : les conventions d&apos;habilitation informatique « Structures » d&apos;une Caf.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options générales :</translation>
    </message>
    <message>
        <source>the database file (default: %1)</source>
        <translation>le fichier de base de données (par défaut : %1)</translation>
    </message>
    <message>
        <source>the language of messages (default: fr)</source>
        <translation>la langue des messages (par défaut : fr)</translation>
    </message>
    <message>
        <source>Each command has its own --help, for example: %1 list --help</source>
        <translation>Chaque commande a sa propre aide --help, par exemple : %1 list --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>See: %1 --help</source>
        <translation>Voir : %1 --help</translation>
    </message>
    <message>
        <source>wrong number of arguments.</source>
        <translation>nombre d&apos;arguments incorrect.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de base de données.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The language of messages: fr or en.</source>
        <translation>La langue des messages : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Write JSON instead of text.</source>
        <translation>Produire du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Create or change the profile of a Caf. Options change only the fields they name; --from reads a whole profile from a JSON file.</source>
        <translation>Créer ou modifier le profil d&apos;une Caf. Les options ne modifient que les champs qu&apos;elles désignent ; --from lit un profil complet dans un fichier JSON.</translation>
    </message>
    <message>
        <source>Département code: 01 to 95, 2A, 2B, 971 to 976.</source>
        <translation>Code du département : 01 à 95, 2A, 2B, 971 à 976.</translation>
    </message>
    <message>
        <source>Name, for example &quot;Caf de la Savoie&quot;.</source>
        <translation>Nom, par exemple « Caf de la Savoie ».</translation>
    </message>
    <message>
        <source>Director&apos;s civility: madame or monsieur.</source>
        <translation>Civilité du directeur : madame ou monsieur.</translation>
    </message>
    <message>
        <source>Director&apos;s first name.</source>
        <translation>Prénom du directeur.</translation>
    </message>
    <message>
        <source>Director&apos;s last name.</source>
        <translation>Nom du directeur.</translation>
    </message>
    <message>
        <source>Director&apos;s title, for example &quot;Directeur&quot;.</source>
        <translation>Fonction du directeur, par exemple « Directeur ».</translation>
    </message>
    <message>
        <source>Address: person or service.</source>
        <translation>Adresse : personne ou service destinataire.</translation>
    </message>
    <message>
        <source>Address: building.</source>
        <translation>Adresse : bâtiment.</translation>
    </message>
    <message>
        <source>Address: number and street.</source>
        <translation>Adresse : numéro et voie.</translation>
    </message>
    <message>
        <source>Address: BP, CS or TSA.</source>
        <translation>Adresse : BP, CS ou TSA.</translation>
    </message>
    <message>
        <source>Address: postcode.</source>
        <translation>Adresse : code postal.</translation>
    </message>
    <message>
        <source>Address: town.</source>
        <translation>Adresse : commune.</translation>
    </message>
    <message>
        <source>Address: yes if the postcode is a CEDEX.</source>
        <translation>Adresse : oui si le code postal est un code CEDEX.</translation>
    </message>
    <message>
        <source>The town where conventions are signed.</source>
        <translation>La commune où les conventions sont signées.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse électronique.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>A JSON file with the whole profile.</source>
        <translation>Un fichier JSON contenant le profil complet.</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1 : le fichier ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1: not valid JSON at character %2: %3.</source>
        <translation>%1 : JSON invalide au caractère %2 : %3.</translation>
    </message>
    <message>
        <source>an object is expected</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>--departement is required for the first Caf profile.</source>
        <translation>--departement est obligatoire pour le premier profil de Caf.</translation>
    </message>
    <message>
        <source>director&apos;s civility</source>
        <translation>civilité du directeur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a civility (madame, monsieur).</source>
        <translation>« %1 » n&apos;est pas une civilité (madame, monsieur).</translation>
    </message>
    <message>
        <source>CEDEX</source>
        <translation>CEDEX</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>Caf profile saved: %1 (%2).</source>
        <translation>Profil de la Caf enregistré : %1 (%2).</translation>
    </message>
    <message>
        <source>Show the profile of a Caf (the workstation&apos;s Caf by default).</source>
        <translation>Afficher le profil d&apos;une Caf (par défaut, celle du poste).</translation>
    </message>
    <message>
        <source>[département]</source>
        <translation>[département]</translation>
    </message>
    <message>
        <source>no Caf profile yet; create one with: %1 caf set</source>
        <translation>aucun profil de Caf pour l&apos;instant ; créez-en un avec : %1 caf set</translation>
    </message>
    <message>
        <source>Director: %1, %2</source>
        <translation>Direction : %1, %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Conventions signed in: %1</source>
        <translation>Conventions signées à : %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Courriel : %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone : %1</translation>
    </message>
    <message>
        <source>List the Caf profiles.</source>
        <translation>Lister les profils de Caf.</translation>
    </message>
    <message>
        <source>Choose the Caf this workstation works for.</source>
        <translation>Choisir la Caf pour laquelle travaille ce poste.</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>This workstation now works for the Caf %1.</source>
        <translation>Ce poste travaille désormais pour la Caf %1.</translation>
    </message>
    <message>
        <source>Import a habilitation request (art. 3-1) from a JSON file in the format habilis-request/1 described in the README. Nothing is written if any field is wrong.</source>
        <translation>Importer une demande d&apos;habilitation (art. 3-1) depuis un fichier JSON au format habilis-request/1 décrit dans le README. Rien n&apos;est enregistré si un champ est erroné.</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>fichier.json</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON: %3.</source>
        <translation>%1, ligne %2 : JSON invalide : %3.</translation>
    </message>
    <message>
        <source>%1: a JSON object is expected.</source>
        <translation>%1 : un objet JSON est attendu.</translation>
    </message>
    <message numerus="yes">
        <source>Request recorded: convention %1 for %2 (%n person(s), </source>
        <translation>
            <numerusform>Demande enregistrée : convention %1 pour %2 (%n personne, </numerusform>
            <numerusform>Demande enregistrée : convention %1 pour %2 (%n personnes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s)).</source>
        <translation>
            <numerusform>%n établissement).</numerusform>
            <numerusform>%n établissements).</numerusform>
        </translation>
    </message>
    <message>
        <source>List the conventions, filtered. Text filters ignore case and accents.</source>
        <translation>Lister les conventions, avec des filtres. Les filtres de texte ignorent la casse et les accents.</translation>
    </message>
    <message>
        <source>Only this state: %1.</source>
        <translation>Uniquement cet état : %1.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Only this Caf (département).</source>
        <translation>Uniquement cette Caf (département).</translation>
    </message>
    <message>
        <source>Part of the provider&apos;s name.</source>
        <translation>Partie du nom du fournisseur.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The provider&apos;s town.</source>
        <translation>La commune du fournisseur.</translation>
    </message>
    <message>
        <source>Free text: reference, provider, person, establishment.</source>
        <translation>Texte libre : référence, fournisseur, personne, établissement.</translation>
    </message>
    <message>
        <source>At most this many lines (default 100, 0 for all).</source>
        <translation>Au plus ce nombre de lignes (100 par défaut, 0 pour toutes).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip this many lines.</source>
        <translation>Sauter ce nombre de lignes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state (%2).</source>
        <translation>« %1 » n&apos;est pas un état (%2).</translation>
    </message>
    <message>
        <source>No convention matches.</source>
        <translation>Aucune convention ne correspond.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>%1 of %2 conventions shown (--limit, --offset).</source>
        <translation>Conventions affichées : %1 sur %2 (--limit, --offset).</translation>
    </message>
    <message>
        <source>Show a convention: its parties, its annex and its dates.</source>
        <translation>Afficher une convention : ses parties, son annexe et ses dates.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>The day to compute the dates and choose the annex version for (default: today).</source>
        <translation>Le jour pour lequel calculer les dates et choisir la version de l&apos;annexe (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (DD/MM/YYYY or YYYY-MM-DD).</source>
        <translation>« %1 » n&apos;est pas une date (JJ/MM/AAAA ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Convention %1 — %2</source>
        <translation>Convention %1 — %2</translation>
    </message>
    <message>
        <source>Caf: %1, represented by %2, %3</source>
        <translation>Caf : %1, représentée par %2, %3</translation>
    </message>
    <message>
        <source>Provider: %1 (%2)</source>
        <translation>Fournisseur : %1 (%2)</translation>
    </message>
    <message>
        <source>, SIRET/SIREN %1</source>
        <translation>, SIRET/SIREN %1</translation>
    </message>
    <message>
        <source>represented by %1, %2</source>
        <translation>représenté par %1, %2</translation>
    </message>
    <message>
        <source>Dates on %1:</source>
        <translation>Dates au %1 :</translation>
    </message>
    <message>
        <source>request received: %1</source>
        <translation>réception de la demande : %1</translation>
    </message>
    <message>
        <source>mailed for signature: %1</source>
        <translation>envoi pour signature : %1</translation>
    </message>
    <message>
        <source>signed (effective date): %1</source>
        <translation>signature (prise d&apos;effet) : %1</translation>
    </message>
    <message>
        <source>year %1 of the convention: %2 to %3</source>
        <translation>année %1 de la convention : du %2 au %3</translation>
    </message>
    <message>
        <source>next anniversary (tacit renewal): %1</source>
        <translation>prochaine date anniversaire (tacite reconduction) : %1</translation>
    </message>
    <message>
        <source>notice to receive by: %1</source>
        <translation>date limite de réception du préavis : %1</translation>
    </message>
    <message>
        <source>terminated from: %1</source>
        <translation>prise d&apos;effet de la résiliation : %1</translation>
    </message>
    <message>
        <source>Annex 1, version %1 of %2, in force from %3:</source>
        <translation>Annexe 1, version %1 sur %2, en vigueur à compter du %3 :</translation>
    </message>
    <message>
        <source>Annex 1, version %1 of %2, not yet signed:</source>
        <translation>Annexe 1, version %1 sur %2, pas encore signée :</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) habilitated:</source>
        <translation>
            <numerusform>%n personne habilitée :</numerusform>
            <numerusform>%n personnes habilitées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s):</source>
        <translation>
            <numerusform>%n établissement :</numerusform>
            <numerusform>%n établissements :</numerusform>
        </translation>
    </message>
    <message>
        <source>functioning</source>
        <translation>fonctionnement</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <source>Import or update a provider&apos;s establishments from a CSV file (UTF-8, &apos;;&apos; or &apos;,&apos;). Columns: %1. Nothing is written if any line is wrong.</source>
        <translation>Importer ou mettre à jour les établissements d&apos;un fournisseur depuis un fichier CSV (UTF-8, séparateur « ; » ou « , »). Colonnes : %1. Rien n&apos;est enregistré si une ligne est erronée.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>fichier.csv</translation>
    </message>
    <message>
        <source>The provider: its number, SIRET or SIREN.</source>
        <translation>Le fournisseur : son numéro, son SIRET ou son SIREN.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>--provider is required.</source>
        <translation>--provider est obligatoire.</translation>
    </message>
    <message>
        <source>%1: %2 establishment(s) created, %3 updated, %4 unchanged.</source>
        <translation>%1 : %2 établissement(s) créé(s), %3 mis à jour, %4 inchangé(s).</translation>
    </message>
    <message>
        <source>List a provider&apos;s establishments.</source>
        <translation>Lister les établissements d&apos;un fournisseur.</translation>
    </message>
    <message>
        <source>List the establishment types.</source>
        <translation>Lister les types d&apos;établissement.</translation>
    </message>
    <message>
        <source>(publishes availability)</source>
        <translation>(publie des disponibilités)</translation>
    </message>
    <message>
        <source>Add or change an establishment type.</source>
        <translation>Ajouter ou modifier un type d&apos;établissement.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The type&apos;s name.</source>
        <translation>Le libellé du type.</translation>
    </message>
    <message>
        <source>The type publishes free places.</source>
        <translation>Le type publie des places disponibles.</translation>
    </message>
    <message>
        <source>Establishment type %1 saved.</source>
        <translation>Type d&apos;établissement %1 enregistré.</translation>
    </message>
    <message>
        <source>Read the audit journal: who changed what, when, before and after.</source>
        <translation>Consulter le journal d&apos;audit : qui a modifié quoi, quand, avant et après.</translation>
    </message>
    <message>
        <source>Only the entries of this convention.</source>
        <translation>Uniquement les entrées de cette convention.</translation>
    </message>
    <message>
        <source>Only the entries of this day.</source>
        <translation>Uniquement les entrées de ce jour.</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic demo data.</source>
        <translation>Remplir une base de données vide avec des données de démonstration réalistes.</translation>
    </message>
    <message>
        <source>small (one Caf, 60 conventions) or national (101 Caf, 30 000 conventions).</source>
        <translation>small (une Caf, 60 conventions) ou national (101 Caf, 30 000 conventions).</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>échelle</translation>
    </message>
    <message>
        <source>The seed of the random draws.</source>
        <translation>La graine des tirages aléatoires.</translation>
    </message>
    <message>
        <source>The day the dates are drawn around (default: today).</source>
        <translation>Le jour autour duquel les dates sont tirées (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither small nor national.</source>
        <translation>« %1 » n&apos;est ni small ni national.</translation>
    </message>
    <message>
        <source>Demo data written in %1 s: %2 Caf, %3 providers, %4 conventions, %5 establishments, %6 persons.</source>
        <translation>Données de démonstration écrites en %1 s : %2 Caf, %3 fournisseurs, %4 conventions, %5 établissements, %6 personnes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number, 0 or more.</source>
        <translation>« %1 » n&apos;est pas un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>Record a step of a convention&apos;s life</source>
        <translation>Enregistrer une étape de la vie d&apos;une convention</translation>
    </message>
    <message>
        <source>The steps of a convention, in order</source>
        <translation>Les étapes d&apos;une convention, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Record a step of a convention&apos;s life: %1. Refused, with the reason, where the step does not apply.</source>
        <translation>Enregistrer une étape de la vie d&apos;une convention : %1. Refusé, avec le motif, quand l&apos;étape ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>reference step</source>
        <translation>référence étape</translation>
    </message>
    <message>
        <source>The day of the step (default: today).</source>
        <translation>Le jour de l&apos;étape (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>reject, cancel: the reason.</source>
        <translation>reject, cancel : le motif.</translation>
    </message>
    <message>
        <source>mail: the postal tracking number.</source>
        <translation>mail : le numéro de suivi postal.</translation>
    </message>
    <message>
        <source>return, countersign: who signed, with their title.</source>
        <translation>return, countersign : le signataire, avec sa fonction.</translation>
    </message>
    <message>
        <source>return: the provider&apos;s signature date.</source>
        <translation>return : la date de signature du fournisseur.</translation>
    </message>
    <message>
        <source>return: the date of the council deliberation.</source>
        <translation>return : la date de la délibération du conseil.</translation>
    </message>
    <message>
        <source>return: the prefecture acknowledgement number of the deliberation.</source>
        <translation>return : le numéro d&apos;accusé de réception en préfecture de la délibération.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>terminate: provider or caf.</source>
        <translation>terminate : provider (le fournisseur) ou caf.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>terminate: the number of the registered letter (LRAR).</source>
        <translation>terminate : le numéro de la lettre recommandée (LRAR).</translation>
    </message>
    <message>
        <source>terminate: the day the letter was sent.</source>
        <translation>terminate : le jour d&apos;envoi de la lettre.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step (%2).</source>
        <translation>« %1 » n&apos;est pas une étape (%2).</translation>
    </message>
    <message>
        <source>%1: %2 on %3. State: %4.</source>
        <translation>%1 : %2 le %3. État : %4.</translation>
    </message>
    <message>
        <source>The convention ends on %1.</source>
        <translation>La convention prend fin le %1.</translation>
    </message>
    <message>
        <source>The steps of a convention&apos;s life, in order, with their author.</source>
        <translation>Les étapes de la vie d&apos;une convention, dans l&apos;ordre, avec leur auteur.</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Demande reçue</translation>
    </message>
    <message>
        <source>Termination takes effect</source>
        <translation>Prise d&apos;effet de la résiliation</translation>
    </message>
    <message>
        <source>What is due today and soon</source>
        <translation>Ce qui est à faire aujourd&apos;hui et bientôt</translation>
    </message>
    <message>
        <source>Show or set the days before a reminder is due</source>
        <translation>Afficher ou fixer le délai avant une relance</translation>
    </message>
    <message>
        <source>The officer&apos;s work list: what is due on a day and in the four months after it.</source>
        <translation>La liste de travail : ce qui est à faire un jour donné et dans les quatre mois qui suivent.</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>Le jour (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Nothing is due on %1.</source>
        <translation>Rien à faire le %1.</translation>
    </message>
    <message>
        <source>Show, or set, how many days after the mailing a convention not returned needs a reminder.</source>
        <translation>Afficher, ou fixer, le nombre de jours après l&apos;envoi au bout duquel une convention non retournée doit être relancée.</translation>
    </message>
    <message>
        <source>[days]</source>
        <translation>[jours]</translation>
    </message>
    <message>
        <source>reminder delay</source>
        <translation>délai de relance</translation>
    </message>
    <message>
        <source>A reminder is due %1 days after the mailing.</source>
        <translation>Une relance est due %1 jours après l&apos;envoi.</translation>
    </message>
    <message>
        <source>Prepare an amendment: persons or establishments leave or come</source>
        <translation>Préparer un avenant : des personnes ou des établissements partent ou arrivent</translation>
    </message>
    <message>
        <source>Mail, return, countersign or cancel an amendment</source>
        <translation>Envoyer, recevoir signé, contresigner ou annuler un avenant</translation>
    </message>
    <message>
        <source>Amendment %1 prepared</source>
        <translation>Avenant %1 préparé</translation>
    </message>
    <message>
        <source>Amendment %1: %2</source>
        <translation>Avenant %1 : %2</translation>
    </message>
    <message>
        <source>Prepare an amendment (avenant) of a convention in force. Its new annex takes effect once the amendment is signed by both parties (see: amendment).</source>
        <translation>Préparer un avenant à une convention en vigueur. Sa nouvelle annexe prend effet une fois l&apos;avenant signé par les deux parties (voir : amendment).</translation>
    </message>
    <message>
        <source>The day it is prepared (default: today).</source>
        <translation>Le jour où il est préparé (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Why, for example &quot;départ de l&apos;agent&quot;.</source>
        <translation>Le motif, par exemple « départ de l&apos;agent ».</translation>
    </message>
    <message>
        <source>The email of a person who leaves.</source>
        <translation>Le courriel d&apos;une personne qui part.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>A person to add: &quot;civility;last name;first name;job title;email&quot;.</source>
        <translation>Une personne à ajouter : « civilité;nom;prénom;fonction;courriel ».</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>The name or monenfant.fr identifier of an establishment to remove.</source>
        <translation>Le nom ou l&apos;identifiant monenfant.fr d&apos;un établissement à retirer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>An establishment to add: &quot;type;name;address;postcode;town;scope&quot;, the scope being functioning, availability or both.</source>
        <translation>Un établissement à ajouter : « type;nom;adresse;code postal;commune;périmètre », le périmètre valant functioning (fonctionnement), availability (disponibilités) ou both (les deux).</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;civility;last name;first name;job title;email&quot;.</source>
        <translation>« %1 » n&apos;a pas la forme « civilité;nom;prénom;fonction;courriel ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;type;name;address;postcode;town;scope&quot; with a scope of functioning, availability or both.</source>
        <translation>« %1 » n&apos;a pas la forme « type;nom;adresse;code postal;commune;périmètre », avec un périmètre functioning, availability ou both.</translation>
    </message>
    <message>
        <source>%1 prepared: annex version %2, in force once both parties sign it.</source>
        <translation>%1 préparé : version %2 de l&apos;annexe, en vigueur une fois signée par les deux parties.</translation>
    </message>
    <message>
        <source>Record a step of an amendment: mail, return, countersign or cancel.</source>
        <translation>Enregistrer une étape d&apos;un avenant : mail (envoi), return (retour signé), countersign (contresignature) ou cancel (annulation).</translation>
    </message>
    <message>
        <source>reference number step</source>
        <translation>référence numéro étape</translation>
    </message>
    <message>
        <source>cancel: the reason.</source>
        <translation>cancel : le motif.</translation>
    </message>
    <message>
        <source>amendment number</source>
        <translation>numéro d&apos;avenant</translation>
    </message>
    <message>
        <source>Tacit renewal: year %1 begins</source>
        <translation>Tacite reconduction : début de l&apos;année %1</translation>
    </message>
    <message>
        <source>The provider&apos;s new representative: &quot;civility;first name;last name;title&quot;.</source>
        <translation>Le nouveau représentant du fournisseur : « civilité;prénom;nom;fonction ».</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>représentant</translation>
    </message>
    <message>
        <source>The provider&apos;s new address: number and street.</source>
        <translation>La nouvelle adresse du fournisseur : numéro et voie.</translation>
    </message>
    <message>
        <source>The provider&apos;s new address: BP, CS or TSA.</source>
        <translation>La nouvelle adresse du fournisseur : BP, CS ou TSA.</translation>
    </message>
    <message>
        <source>The provider&apos;s new address: postcode.</source>
        <translation>La nouvelle adresse du fournisseur : code postal.</translation>
    </message>
    <message>
        <source>The provider&apos;s new address: town.</source>
        <translation>La nouvelle adresse du fournisseur : commune.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;civility;first name;last name;title&quot;.</source>
        <translation>« %1 » n&apos;a pas la forme « civilité;prénom;nom;fonction ».</translation>
    </message>
    <message>
        <source>Export a convention&apos;s Annex 1 (CSV, XLSX, PDF)</source>
        <translation>Exporter l&apos;annexe 1 d&apos;une convention (CSV, XLSX, PDF)</translation>
    </message>
    <message>
        <source>Export the habilitations in force (CSV, XLSX, PDF)</source>
        <translation>Exporter les habilitations en vigueur (CSV, XLSX, PDF)</translation>
    </message>
    <message>
        <source>csv, xlsx or pdf; by default the extension of --out says.</source>
        <translation>csv, xlsx ou pdf ; par défaut, celui que dit l&apos;extension de --out.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an export format (%2).</source>
        <translation>« %1 » n&apos;est pas un format d&apos;export (%2).</translation>
    </message>
    <message>
        <source>the extension of &quot;%1&quot; says no format (%2): add --format.</source>
        <translation>l&apos;extension de « %1 » ne désigne aucun format (%2) : ajoutez --format.</translation>
    </message>
    <message>
        <source>Export the Annex 1 of a convention: its persons and establishments with their scope, a line per person and establishment. The annex in force on the day; before the signature, the one to be signed.</source>
        <translation>Exporter l&apos;annexe 1 d&apos;une convention : ses personnes et ses établissements avec leur périmètre, une ligne par personne et établissement. L&apos;annexe en vigueur ce jour-là ; avant la signature, celle à signer.</translation>
    </message>
    <message>
        <source>The convention&apos;s reference.</source>
        <translation>La référence de la convention.</translation>
    </message>
    <message>
        <source>--out is required: the file to write.</source>
        <translation>--out est obligatoire : le fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) written to %1.</source>
        <translation>
            <numerusform>%Ln ligne écrite dans %1.</numerusform>
            <numerusform>%Ln lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the habilitations in force on a day, a line per person and establishment with the scopes. Text filters ignore case and accents.</source>
        <translation>Exporter les habilitations en vigueur un jour donné, une ligne par personne et établissement avec les périmètres. Les filtres de texte ignorent la casse et les accents.</translation>
    </message>
    <message>
        <source>The establishment&apos;s town.</source>
        <translation>La commune de l&apos;établissement.</translation>
    </message>
    <message>
        <source>Only this establishment type (see: types list).</source>
        <translation>Uniquement ce type d&apos;établissement (voir : types list).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an establishment type (%2).</source>
        <translation>« %1 » n&apos;est pas un type d&apos;établissement (%2).</translation>
    </message>
    <message>
        <source>no Caf profile has the département &quot;%1&quot; (see: caf list).</source>
        <translation>aucun profil de Caf n&apos;a le département « %1 » (voir : caf list).</translation>
    </message>
    <message>
        <source>Show or set the length of the initial passwords</source>
        <translation>Voir ou régler la longueur des mots de passe initiaux</translation>
    </message>
    <message>
        <source>Identifier and password in one email or in two</source>
        <translation>Identifiant et mot de passe dans un courriel ou dans deux</translation>
    </message>
    <message>
        <source>Show or set the Caf&apos;s SMTP relay</source>
        <translation>Voir ou régler le relais SMTP de la Caf</translation>
    </message>
    <message>
        <source>Activate a habilitation and send the passwords</source>
        <translation>Activer une habilitation et envoyer les mots de passe</translation>
    </message>
    <message>
        <source>A new password for a person who lost theirs</source>
        <translation>Un nouveau mot de passe pour une personne qui a perdu le sien</translation>
    </message>
    <message>
        <source>Send the passwords not sent yet (new persons, failures)</source>
        <translation>Envoyer les mots de passe pas encore envoyés (nouvelles personnes, échecs)</translation>
    </message>
    <message>
        <source>The passwords issued for a convention (never the passwords)</source>
        <translation>Les mots de passe délivrés pour une convention (jamais les mots de passe)</translation>
    </message>
    <message>
        <source>Who is habilitated on a day, for the national system (CSV)</source>
        <translation>Qui est habilité à une date, pour le système national (CSV)</translation>
    </message>
    <message>
        <source>countersign: write the notices of the persons added as .eml drafts in this folder (default: the SMTP relay, when one is set).</source>
        <translation>countersign : écrire les courriels des personnes ajoutées en brouillons .eml dans ce dossier (par défaut : le relais SMTP, s&apos;il est réglé).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Write the notices as .eml drafts in this folder, to send from the mail client (default: the SMTP relay when one is set, else the folder Habilis/brouillons of the documents).</source>
        <translation>Écrire les courriels en brouillons .eml dans ce dossier, à envoyer depuis la messagerie (par défaut : le relais SMTP s&apos;il est réglé, sinon le dossier Habilis/brouillons des documents).</translation>
    </message>
    <message>
        <source>The SMTP relay %1 needs the password of %2: put it in the environment variable HABILIS_SMTP_PASSWORD, or write drafts with --drafts.</source>
        <translation>Le relais SMTP %1 demande le mot de passe de %2 : mettez-le dans la variable d&apos;environnement HABILIS_SMTP_PASSWORD, ou écrivez des brouillons avec --drafts.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, identifier %3, %4</source>
        <translation>%1 &lt;%2&gt;, identifiant %3, %4</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>remis : %1</translation>
    </message>
    <message>
        <source>NOT NOTIFIED: %1</source>
        <translation>NON PRÉVENU : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n person(s) notified.</source>
        <translation>
            <numerusform>%1 : %n personne prévenue.</numerusform>
            <numerusform>%1 : %n personnes prévenues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) not sent. Their passwords were not kept: &quot;credentials notify %1&quot; draws new ones and sends them.</source>
        <translation>
            <numerusform>%n courriel non envoyé. Son mot de passe n&apos;a pas été gardé : « credentials notify %1 » en tire un nouveau et l&apos;envoie.</numerusform>
            <numerusform>%n courriels non envoyés. Leurs mots de passe n&apos;ont pas été gardés : « credentials notify %1 » en tire de nouveaux et les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate the habilitation of a convention in force (art. 3-2): record the activation when not done yet, then give every person of the annex an identifier and a random password to change at first login, by email through the SMTP relay or as .eml drafts. The passwords are never kept nor shown.</source>
        <translation>Activer l&apos;habilitation d&apos;une convention en vigueur (art. 3-2) : enregistrer l&apos;activation si elle ne l&apos;est pas encore, puis donner à chaque personne de l&apos;annexe un identifiant et un mot de passe aléatoire à changer à la première connexion, par courriel via le relais SMTP ou en brouillons .eml. Les mots de passe ne sont jamais gardés ni affichés.</translation>
    </message>
    <message>
        <source>The day of the activation (default: today).</source>
        <translation>Le jour de l&apos;activation (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>A new random password for a person of the annex in force who lost theirs, to change at first login, sent by email or written as a draft.</source>
        <translation>Un nouveau mot de passe aléatoire pour une personne de l&apos;annexe en vigueur qui a perdu le sien, à changer à la première connexion, envoyé par courriel ou écrit en brouillon.</translation>
    </message>
    <message>
        <source>reference email</source>
        <translation>référence courriel</translation>
    </message>
    <message>
        <source>Send a password to every person of the annex in force who has not received one: persons added by an amendment, and notices that could not be sent. A password is never kept, so a notice that failed gets a new password.</source>
        <translation>Envoyer un mot de passe à chaque personne de l&apos;annexe en vigueur qui n&apos;en a pas reçu : personnes ajoutées par avenant, et courriels qui n&apos;ont pas pu partir. Un mot de passe n&apos;est jamais gardé : un courriel en échec reçoit un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The passwords issued for a convention: to whom, when, by whom, why, and whether the person was told. The passwords themselves are never kept.</source>
        <translation>Les mots de passe délivrés pour une convention : à qui, quand, par qui, pourquoi, et si la personne a été prévenue. Les mots de passe eux-mêmes ne sont jamais gardés.</translation>
    </message>
    <message>
        <source>email sent on %1</source>
        <translation>courriel envoyé le %1</translation>
    </message>
    <message>
        <source>draft written on %1</source>
        <translation>brouillon écrit le %1</translation>
    </message>
    <message>
        <source>not sent, replaced by a newer password</source>
        <translation>non envoyé, remplacé par un mot de passe plus récent</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>to change at first login</source>
        <translation>à changer à la première connexion</translation>
    </message>
    <message>
        <source>No password was issued for %1.</source>
        <translation>Aucun mot de passe n&apos;a été délivré pour %1.</translation>
    </message>
    <message>
        <source>The habilitations in force on a day, for the national system: one line per person and establishment, with the identifier, the provider and the scope. CSV for spreadsheets (UTF-8, &apos;;&apos;).</source>
        <translation>Les habilitations en vigueur à une date, pour le système national : une ligne par personne et par établissement, avec l&apos;identifiant, le fournisseur et le périmètre. CSV pour tableur (UTF-8, « ; »).</translation>
    </message>
    <message>
        <source>The CSV file to write (default: standard output).</source>
        <translation>Le fichier CSV à écrire (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>civility</source>
        <translation>civilité</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>convention</translation>
    </message>
    <message>
        <source>Caf</source>
        <translation>Caf</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>establishment type</source>
        <translation>type d&apos;établissement</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>town</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>monenfant.fr identifier</source>
        <translation>identifiant monenfant.fr</translation>
    </message>
    <message>
        <source>habilitated since</source>
        <translation>habilité depuis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Le fichier « %1 » ne peut pas être écrit : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n habilitation(s) in force on %2.</source>
        <translation>
            <numerusform>%1 : %n habilitation en vigueur le %2.</numerusform>
            <numerusform>%1 : %n habilitations en vigueur le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show, or set, the length of the initial passwords: 8 characters as the convention says by default, 8 to 64. The CNIL&apos;s 2022 recommendation on passwords asks for more entropy than 8 alphanumeric characters give: choose 12 or more.</source>
        <translation>Voir ou régler la longueur des mots de passe initiaux : 8 caractères par défaut, comme le dit la convention, de 8 à 64. La recommandation de la CNIL de 2022 sur les mots de passe demande plus d&apos;entropie que n&apos;en donnent 8 caractères alphanumériques : choisissez 12 ou plus.</translation>
    </message>
    <message>
        <source>[length]</source>
        <translation>[longueur]</translation>
    </message>
    <message>
        <source>The initial passwords have %1 characters.</source>
        <translation>Les mots de passe initiaux ont %1 caractères.</translation>
    </message>
    <message>
        <source>Show, or set (on or off), whether the identifier and the password go in two separate emails.</source>
        <translation>Voir ou régler (on ou off) l&apos;envoi de l&apos;identifiant et du mot de passe dans deux courriels séparés.</translation>
    </message>
    <message>
        <source>[on|off]</source>
        <translation>[on|off]</translation>
    </message>
    <message>
        <source>The identifier and the password go in two separate emails.</source>
        <translation>L&apos;identifiant et le mot de passe partent dans deux courriels séparés.</translation>
    </message>
    <message>
        <source>The identifier and the password go in one email.</source>
        <translation>L&apos;identifiant et le mot de passe partent dans un seul courriel.</translation>
    </message>
    <message>
        <source>Show, or set, the Caf&apos;s SMTP relay that sends the notices. Without a host, the notices are written as .eml drafts. The relay&apos;s password is never stored: give it in the environment variable HABILIS_SMTP_PASSWORD.</source>
        <translation>Voir ou régler le relais SMTP de la Caf qui envoie les courriels. Sans hôte, les courriels sont écrits en brouillons .eml. Le mot de passe du relais n&apos;est jamais enregistré : donnez-le dans la variable d&apos;environnement HABILIS_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The relay&apos;s host name; empty: no relay.</source>
        <translation>Le nom d&apos;hôte du relais ; vide : pas de relais.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>The port (default: 587 with starttls, 465 with tls, 25 with none).</source>
        <translation>Le port (par défaut : 587 avec starttls, 465 avec tls, 25 avec none).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls ou tls.</translation>
    </message>
    <message>
        <source>security</source>
        <translation>sécurité</translation>
    </message>
    <message>
        <source>The login on the relay; empty: none.</source>
        <translation>L&apos;identifiant sur le relais ; vide : aucun.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>The sender address of the notices (default: the Caf&apos;s email).</source>
        <translation>L&apos;adresse d&apos;expédition des courriels (par défaut : le courriel de la Caf).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>No SMTP relay: the notices are written as .eml drafts.</source>
        <translation>Pas de relais SMTP : les courriels sont écrits en brouillons .eml.</translation>
    </message>
    <message>
        <source>SMTP relay: %1:%2, %3.</source>
        <translation>Relais SMTP : %1:%2, %3.</translation>
    </message>
    <message>
        <source>No login.</source>
        <translation>Sans identification.</translation>
    </message>
    <message>
        <source>Login: %1 (password from HABILIS_SMTP_PASSWORD).</source>
        <translation>Identifiant : %1 (mot de passe lu dans HABILIS_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Sender: %1.</source>
        <translation>Expéditeur : %1.</translation>
    </message>
    <message>
        <source>the Caf&apos;s email</source>
        <translation>le courriel de la Caf</translation>
    </message>
    <message>
        <source>The amendment is countersigned, but the persons it adds did not get their password: %1 Then: credentials notify %2</source>
        <translation>L&apos;avenant est contresigné, mais les personnes qu&apos;il ajoute n&apos;ont pas reçu leur mot de passe : %1 Ensuite : credentials notify %2</translation>
    </message>
    <message>
        <source>Show or set the folder of the Caf&apos;s document templates</source>
        <translation>Afficher ou choisir le dossier des modèles de documents de la Caf</translation>
    </message>
    <message>
        <source>Show or set the position of the envelope window</source>
        <translation>Afficher ou régler la position de la fenêtre de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Print a convention&apos;s mailing pack or one of its documents (PDF)</source>
        <translation>Imprimer le pli d&apos;une convention ou l&apos;un de ses documents (PDF)</translation>
    </message>
    <message>
        <source>What is waiting to be mailed, in postal order</source>
        <translation>Ce qui attend d&apos;être envoyé, dans l&apos;ordre postal</translation>
    </message>
    <message>
        <source>Print everything waiting to be mailed as one PDF</source>
        <translation>Imprimer en un seul PDF tout ce qui attend d&apos;être envoyé</translation>
    </message>
    <message>
        <source>Record that a printed batch was mailed</source>
        <translation>Enregistrer l&apos;envoi d&apos;un lot imprimé</translation>
    </message>
    <message>
        <source>A folder of templates that replace the built-in ones (default: the setting &quot;settings templates&quot;).</source>
        <translation>Un dossier de modèles qui remplacent ceux d&apos;Habilis (par défaut : le réglage « settings templates »).</translation>
    </message>
    <message>
        <source>Print a convention&apos;s mailing pack (the cover letter and the convention in two copies), or one of its documents, to a PDF file. Nothing is recorded: record the mailing with &quot;step REF mail&quot; or a batch.</source>
        <translation>Imprimer dans un fichier PDF le pli d&apos;une convention (la lettre d&apos;envoi et la convention en deux exemplaires), ou l&apos;un de ses documents. Rien n&apos;est enregistré : enregistrez l&apos;envoi avec « step REF mail » ou par lot.</translation>
    </message>
    <message>
        <source>What to print: %1 (default: pack).</source>
        <translation>Ce qu&apos;il faut imprimer : %1 (par défaut : pack, le pli complet).</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>The amendment&apos;s number, for its pack or documents.</source>
        <translation>Le numéro de l&apos;avenant, pour son pli ou ses documents.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>The date of the letters (default: today).</source>
        <translation>La date des lettres (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document (%2).</source>
        <translation>« %1 » n&apos;est pas un document (%2).</translation>
    </message>
    <message>
        <source>--out: name the PDF file to write.</source>
        <translation>--out : indiquez le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>give the amendment&apos;s number: 1, 2…</source>
        <translation>indiquez le numéro de l&apos;avenant : 1, 2…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2.</source>
        <translation>
            <numerusform>%1 : %n page écrite dans %2.</numerusform>
            <numerusform>%1 : %n pages écrites dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is waiting to be mailed: conventions checked or printed, amendments prepared; in the order of the post (postcode).</source>
        <translation>Ce qui attend d&apos;être envoyé : conventions vérifiées ou imprimées, avenants préparés ; dans l&apos;ordre de La Poste (code postal).</translation>
    </message>
    <message>
        <source>dept</source>
        <translation>dépt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be mailed.</source>
        <translation>
            <numerusform>%n pli attend d&apos;être envoyé.</numerusform>
            <numerusform>%n plis attendent d&apos;être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the mailing pack of everything waiting to be mailed as one PDF, ordered by postcode, and write the list of what it holds. Nothing is recorded until &quot;batch mailed LIST&quot;.</source>
        <translation>Imprimer en un seul PDF, par code postal, le pli de tout ce qui attend d&apos;être envoyé, et écrire la liste de ce qu&apos;il contient. Rien n&apos;est enregistré avant « batch mailed LISTE ».</translation>
    </message>
    <message>
        <source>The list of the batch (default: the PDF&apos;s name with .txt).</source>
        <translation>La liste du lot (par défaut : le nom du PDF avec .txt).</translation>
    </message>
    <message>
        <source>Nothing is waiting to be mailed.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message>
        <source>Mailings of %1</source>
        <translation>Envois du %1</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailing pack(s), %1 pages, written to %2; the list is in %3.</source>
        <translation>
            <numerusform>%n pli, %1 pages, écrit dans %2 ; la liste est dans %3.</numerusform>
            <numerusform>%n plis, %1 pages, écrits dans %2 ; la liste est dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once mailed: %1 batch mailed %2</source>
        <translation>Une fois posté : %1 batch mailed %2</translation>
    </message>
    <message>
        <source>Record the mailing of every convention and amendment of a printed batch, in one transaction: all are recorded, or none.</source>
        <translation>Enregistrer l&apos;envoi de chaque convention et de chaque avenant d&apos;un lot imprimé, en une seule transaction : tout est enregistré, ou rien.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>The list written by &quot;batch print&quot;.</source>
        <translation>La liste écrite par « batch print ».</translation>
    </message>
    <message>
        <source>The day of the mailing (default: today).</source>
        <translation>Le jour de l&apos;envoi (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>The postal tracking number.</source>
        <translation>Le numéro de suivi postal.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference, nor &quot;REF avenant N&quot;.</source>
        <translation>« %1 » n&apos;est ni une référence ni « RÉF avenant N ».</translation>
    </message>
    <message>
        <source>The list %1 is empty: nothing was recorded.</source>
        <translation>La liste %1 est vide : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 Nothing was recorded.</source>
        <translation>%1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Mailing on %1 recorded for %n item(s).</source>
        <translation>
            <numerusform>Envoi du %1 enregistré pour %n pli.</numerusform>
            <numerusform>Envoi du %1 enregistré pour %n plis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show, or set, the folder of the Caf&apos;s own document templates. A template found there (same file name as a built-in one) replaces it; &quot;-&quot; goes back to the built-in templates.</source>
        <translation>Afficher ou choisir le dossier des modèles de documents propres à la Caf. Un modèle qui s&apos;y trouve (même nom de fichier qu&apos;un modèle d&apos;Habilis) le remplace ; « - » revient aux modèles d&apos;Habilis.</translation>
    </message>
    <message>
        <source>[folder]</source>
        <translation>[dossier]</translation>
    </message>
    <message>
        <source>templates folder</source>
        <translation>dossier des modèles</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>« %1 » n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2.</source>
        <translation>Le modèle %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The built-in templates are used.</source>
        <translation>Les modèles d&apos;Habilis sont utilisés.</translation>
    </message>
    <message>
        <source>Templates of %1 replace the built-in ones.</source>
        <translation>Les modèles de %1 remplacent ceux d&apos;Habilis.</translation>
    </message>
    <message>
        <source>Show, or set, where the address block is printed: the window of the envelope, in millimetres from the top-left corner of the A4 page (default: DL envelope, 100;35;100;45).</source>
        <translation>Afficher ou régler l&apos;endroit où s&apos;imprime le bloc adresse : la fenêtre de l&apos;enveloppe, en millimètres depuis le coin supérieur gauche de la page A4 (par défaut : enveloppe DL, 100;35;100;45).</translation>
    </message>
    <message>
        <source>[left;top;width;height]</source>
        <translation>[gauche;haut;largeur;hauteur]</translation>
    </message>
    <message>
        <source>Envelope window: %1 mm from the left, %2 mm from the top, %3 × %4 mm.</source>
        <translation>Fenêtre de l&apos;enveloppe : à %1 mm du bord gauche, à %2 mm du haut, %3 × %4 mm.</translation>
    </message>
    <message>
        <source>The database file &quot;%1&quot; that this workstation uses cannot be found. Connect the drive it is on, or name a file with --db.</source>
        <translation>Le fichier de base de données « %1 » qu&apos;utilise ce poste est introuvable. Branchez ou connectez le lecteur où il se trouve, ou indiquez un fichier avec --db.</translation>
    </message>
    <message>
        <source>Copy a database into a new one (SQLite, PostgreSQL), verified</source>
        <translation>Copier une base dans une nouvelle (SQLite, PostgreSQL), vérifiée</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE | --pg CONNECTION] [--lang fr|en] COMMAND [options]</source>
        <translation>Utilisation : %1 [--db FICHIER | --pg CONNEXION] [--lang fr|en] COMMANDE [options]</translation>
    </message>
    <message>
        <source>a shared PostgreSQL database, e.g. &quot;host=server dbname=habilis user=dupont&quot; (or HABILIS_PG); the password from PGPASSWORD, ~/.pgpass or a service file</source>
        <translation>une base PostgreSQL partagée, par exemple « host=serveur dbname=habilis user=dupont » (ou HABILIS_PG) ; le mot de passe vient de PGPASSWORD, de ~/.pgpass ou d&apos;un fichier de service</translation>
    </message>
    <message>
        <source>Give --db or --pg, not both.</source>
        <translation>Indiquez --db ou --pg, pas les deux.</translation>
    </message>
    <message>
        <source>PostgreSQL password: </source>
        <translation>Mot de passe PostgreSQL : </translation>
    </message>
    <message>
        <source>Copy a whole database into a new one, SQLite or PostgreSQL, then compare them row for row: to move a workstation to the office&apos;s server, or back.</source>
        <translation>Copier toute une base dans une nouvelle, SQLite ou PostgreSQL, puis les comparer ligne à ligne : pour passer d&apos;un poste au serveur du service, ou l&apos;inverse.</translation>
    </message>
    <message>
        <source>sqlite:FILE, pg:&quot;host=… dbname=… user=…&quot; or a file</source>
        <translation>sqlite:FICHIER, pg:&quot;host=… dbname=… user=…&quot; ou un fichier</translation>
    </message>
    <message>
        <source>The database to copy: %1.</source>
        <translation>La base à copier : %1.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The new database: %1.</source>
        <translation>La nouvelle base : %1.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>The copy differs from the original: %1</source>
        <translation>La copie diffère de l&apos;original : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied into %1 and compared one by one: identical.</source>
        <translation>
            <numerusform>%n ligne copiée dans %1 et comparée une à une : identiques.</numerusform>
            <numerusform>%n lignes copiées dans %1 et comparées une à une : identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>A shared PostgreSQL database instead of the file: a libpq connection string such as &quot;host=… dbname=… user=…&quot;; the password comes from PGPASSWORD, ~/.pgpass or a service file.</source>
        <translation>Une base PostgreSQL partagée au lieu du fichier : une chaîne de connexion libpq comme « host=… dbname=… user=… » ; le mot de passe vient de PGPASSWORD, de ~/.pgpass ou d&apos;un fichier de service.</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
</context>
<context>
    <name>CredentialService</name>
    <message>
        <source>The habilitation of the convention %1 is not activated: activate it first.</source>
        <translation>L&apos;habilitation de la convention %1 n&apos;est pas activée : activez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the email of a person of the annex in force of the convention %2.</source>
        <translation>« %1 » n&apos;est le courriel d&apos;aucune personne de l&apos;annexe en vigueur de la convention %2.</translation>
    </message>
    <message>
        <source>No sender address for the emails: give the Caf %1 an email, or set one (settings smtp --sender).</source>
        <translation>Pas d&apos;adresse d&apos;expédition pour les courriels : donnez un courriel à la Caf %1, ou réglez-en une (settings smtp --sender).</translation>
    </message>
    <message>
        <source>password length</source>
        <translation>longueur du mot de passe</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a whole number from %2 to %3.</source>
        <translation>« %1 » : donnez un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>two emails</source>
        <translation>deux courriels</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give on or off.</source>
        <translation>« %1 » : donnez on ou off.</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation>relais SMTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>port SMTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a port from 1 to 65535.</source>
        <translation>« %1 » : donnez un port de 1 à 65535.</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>sécurité SMTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give none, starttls or tls.</source>
        <translation>« %1 » : donnez none, starttls ou tls.</translation>
    </message>
    <message>
        <source>sender address</source>
        <translation>adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Réglage inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>added by an amendment</source>
        <translation>ajout par avenant</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not in UTF-8. In the spreadsheet, save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Le fichier n&apos;est pas encodé en UTF-8. Dans le tableur, enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote (a quote inside a quoted cell is written twice: &quot;&quot;).</source>
        <translation>ligne %1 : un guillemet fermant est suivi de texte (un guillemet dans une cellule entre guillemets s&apos;écrit deux fois : &quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1: a quote in the middle of an unquoted cell (put the whole cell in quotes and write the quote twice).</source>
        <translation>ligne %1 : un guillemet au milieu d&apos;une cellule sans guillemets (mettez toute la cellule entre guillemets et doublez le guillemet).</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is never closed (missing &quot;).</source>
        <translation>ligne %1 : une cellule entre guillemets n&apos;est jamais fermée (guillemet &quot; manquant).</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Table %1: %2</source>
        <translation>Table %1 : %2</translation>
    </message>
    <message>
        <source>The two databases have different schemas (%1 and %2).</source>
        <translation>Les deux bases ont des schémas différents (%1 et %2).</translation>
    </message>
    <message>
        <source>The database %1 is not empty: the copy goes only into a new one.</source>
        <translation>La base %1 n&apos;est pas vide : la copie ne va que dans une base nouvelle.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Rien n&apos;a été copié : %1</translation>
    </message>
    <message>
        <source>Table %1: %2 rows in %3, %4 in %5.</source>
        <translation>Table %1 : %2 lignes dans %3, %4 dans %5.</translation>
    </message>
    <message>
        <source>Table %1, row %2: differs (%3).</source>
        <translation>Table %1, ligne %2 : diffère (%3).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n convention(s): the demo data goes only into an empty database (use --db with a new file).</source>
        <translation>
            <numerusform>La base de données contient déjà %n convention : les données de démonstration ne vont que dans une base vide (utilisez --db avec un nouveau fichier).</numerusform>
            <numerusform>La base de données contient déjà %n conventions : les données de démonstration ne vont que dans une base vide (utilisez --db avec un nouveau fichier).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot be written: %1</source>
        <translation>Impossible d&apos;écrire dans la base de données : %1</translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être écrites : %1</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n convention(s): the demo data goes only into an empty database (use --pg with a new database).</source>
        <translation>
            <numerusform>La base de données contient déjà %n convention : les données de démonstration ne vont que dans une base vide (utilisez --pg avec une nouvelle base).</numerusform>
            <numerusform>La base de données contient déjà %n conventions : les données de démonstration ne vont que dans une base vide (utilisez --pg avec une nouvelle base).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentJob</name>
    <message>
        <source>Mailing pack (letter and two copies)</source>
        <translation>Pli complet (lettre et deux exemplaires)</translation>
    </message>
    <message>
        <source> - amendment %1</source>
        <translation> - avenant %1</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>envelope window</source>
        <translation>fenêtre de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not left;top;width;height in millimetres.</source>
        <translation>« %1 » n&apos;est pas de la forme gauche;haut;largeur;hauteur en millimètres.</translation>
    </message>
    <message>
        <source>the window %1 must lie on the A4 page (210 × 297 mm) and be at least 80 mm wide and 35 mm high.</source>
        <translation>la fenêtre %1 doit tenir dans la page A4 (210 × 297 mm) et mesurer au moins 80 mm de large et 35 mm de haut.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The template %1 cannot be read: %2.</source>
        <translation>Le modèle %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The built-in template %1 is missing from this build.</source>
        <translation>Le modèle intégré %1 manque à cette version d&apos;Habilis.</translation>
    </message>
    <message>
        <source>The convention &quot;%1&quot; has no amendment %2.</source>
        <translation>La convention « %1 » n&apos;a pas d&apos;avenant %2.</translation>
    </message>
    <message>
        <source>The printing was cancelled: nothing was recorded.</source>
        <translation>L&apos;impression a été annulée : rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DraftWriter</name>
    <message>
        <source>The folder of the drafts &quot;%1&quot; cannot be created.</source>
        <translation>Le dossier des brouillons « %1 » ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; cannot be written: %2</source>
        <translation>Le brouillon « %1 » ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>EstablishmentCsv</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; its first line names the columns (%2).</source>
        <translation>%1 : le fichier est vide ; sa première ligne doit nommer les colonnes (%2).</translation>
    </message>
    <message>
        <source>%1, line %2: unknown column &quot;%3&quot; (known columns: %4).</source>
        <translation>%1, ligne %2 : colonne inconnue « %3 » (colonnes connues : %4).</translation>
    </message>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation>%1, ligne %2 : la colonne « %3 » figure deux fois.</translation>
    </message>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; is missing.</source>
        <translation>%1, ligne %2 : la colonne « %3 » est manquante.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 cells where the header has %4.</source>
        <translation>%1, ligne %2 : %3 cellules alors que l&apos;en-tête en compte %4.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the file.</source>
        <translation>« %1 » figure deux fois dans le fichier.</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <source>&quot;%1&quot; is too long (%2 characters, at most %3).</source>
        <translation>« %1 » est trop long (%2 caractères, au plus %3).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still to fill in: %1</source>
        <translation>Reste à renseigner : %1</translation>
    </message>
</context>
<context>
    <name>HabilitationExport</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Caf</source>
        <translation>Caf</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: the spreadsheet cannot be written (libxlsxwriter: %2).</source>
        <translation>%1 : le classeur ne peut pas être écrit (libxlsxwriter : %2).</translation>
    </message>
    <message>
        <source>Habilitations in force on %1</source>
        <translation>Habilitations en vigueur au %1</translation>
    </message>
    <message>
        <source>convention: %1</source>
        <translation>convention : %1</translation>
    </message>
    <message>
        <source>provider: %1</source>
        <translation>fournisseur : %1</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>type : %1</translation>
    </message>
    <message>
        <source>town: %1</source>
        <translation>commune : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Habilitations</source>
        <translation>Habilitations</translation>
    </message>
    <message>
        <source>Annex 1 — %1</source>
        <translation>Annexe 1 — %1</translation>
    </message>
    <message>
        <source>version %1, in force since %2</source>
        <translation>version %1, en vigueur depuis le %2</translation>
    </message>
    <message>
        <source>version %1, to be signed</source>
        <translation>version %1, à signer</translation>
    </message>
    <message>
        <source>(convention ended on %1)</source>
        <translation>(la convention a pris fin le %1)</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>Annexe 1</translation>
    </message>
    <message>
        <source>%1: unknown export format.</source>
        <translation>%1 : format d&apos;export inconnu.</translation>
    </message>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1 : le fichier ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>%1: %2 lines are more than a spreadsheet holds (1 048 575); filter the list.</source>
        <translation>%1 : %2 lignes, c&apos;est plus que n&apos;en contient un classeur (1 048 575) ; filtrez la liste.</translation>
    </message>
    <message>
        <source>%1: the spreadsheet cannot be created.</source>
        <translation>%1 : le classeur ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1: the file cannot be replaced.</source>
        <translation>%1 : le fichier ne peut pas être remplacé.</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>this key is required.</source>
        <translation>cette clé est obligatoire.</translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation>une chaîne est attendue, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>true ou false est attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD).</source>
        <translation>« %1 » n&apos;est pas une date (forme attendue : AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>un objet est attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>un tableau est attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a civility (madame, monsieur, or empty).</source>
        <translation>« %1 » n&apos;est pas une civilité (madame, monsieur ou vide).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known format (expected habilis-request/1).</source>
        <translation>« %1 » n&apos;est pas un format connu (format attendu : habilis-request/1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of provider (%2).</source>
        <translation>« %1 » n&apos;est pas un type de fournisseur (%2).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Madam</source>
        <comment>civility, written in full</comment>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mister</source>
        <comment>civility, written in full</comment>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>Mrs</source>
        <comment>civility, abbreviated</comment>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <comment>civility, abbreviated</comment>
        <translation>M.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Intermunicipality</source>
        <translation>Intercommunalité</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Demande reçue</translation>
    </message>
    <message>
        <source>Request checked</source>
        <translation>Demande vérifiée</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Demande rejetée</translation>
    </message>
    <message>
        <source>Convention issued</source>
        <translation>Convention éditée</translation>
    </message>
    <message>
        <source>Mailed for signature</source>
        <translation>Envoyée pour signature</translation>
    </message>
    <message>
        <source>Signed copy returned</source>
        <translation>Exemplaire signé retourné</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résiliée</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>functioning information</source>
        <translation>informations de fonctionnement</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>%1 has activated the habilitation of %2 (convention %3): you may now enter on monenfant.fr the information of the establishments below.</source>
        <translation>La %1 a activé l&apos;habilitation de %2 (convention %3) : vous pouvez désormais saisir sur monenfant.fr les informations des établissements ci-dessous.</translation>
    </message>
    <message>
        <source>An amendment to the convention %3 between %1 and %2 names you among the persons habilitated to enter on monenfant.fr the information of the establishments below.</source>
        <translation>Un avenant à la convention %3 entre la %1 et %2 vous désigne parmi les personnes habilitées à saisir sur monenfant.fr les informations des établissements ci-dessous.</translation>
    </message>
    <message>
        <source>As asked, here is a new password for your habilitation on monenfant.fr, for %1 (convention %2 with %3). The previous password no longer works.</source>
        <translation>Comme demandé, voici un nouveau mot de passe pour votre habilitation sur monenfant.fr, pour %1 (convention %2 avec la %3). L&apos;ancien mot de passe ne fonctionne plus.</translation>
    </message>
    <message>
        <source>%1, %2 %3: %4</source>
        <translation>%1, %2 %3 : %4</translation>
    </message>
    <message>
        <source>This password is temporary: you must change it at your first login. Your new password must have at least %1 characters.</source>
        <translation>Ce mot de passe est provisoire : vous devez le changer à votre première connexion. Votre nouveau mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Rules of article 3-4 of the convention:</source>
        <translation>Règles de l&apos;article 3-4 de la convention :</translation>
    </message>
    <message>
        <source>your identifier and your password are personal: never give them to anyone, not even a colleague;</source>
        <translation>votre identifiant et votre mot de passe sont personnels : ne les communiquez jamais à personne, pas même à un collègue ;</translation>
    </message>
    <message>
        <source>when you leave your post or change duties, %1 must tell %2, so that your habilitation ends;</source>
        <translation>si vous quittez votre poste ou changez de fonctions, %1 doit en informer la %2, afin que votre habilitation prenne fin ;</translation>
    </message>
    <message>
        <source>if you lose your password, ask %1 for a new one.</source>
        <translation>si vous perdez votre mot de passe, demandez-en un nouveau à la %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>Your identifier: %1</source>
        <translation>Votre identifiant : %1</translation>
    </message>
    <message>
        <source>Your temporary password: %1</source>
        <translation>Votre mot de passe provisoire : %1</translation>
    </message>
    <message>
        <source>Your access to monenfant.fr for %1</source>
        <translation>Vos accès à monenfant.fr pour %1</translation>
    </message>
    <message>
        <source>Your access to monenfant.fr for %1 (1/2): your identifier</source>
        <translation>Vos accès à monenfant.fr pour %1 (1/2) : votre identifiant</translation>
    </message>
    <message>
        <source>Your temporary password comes in a second email.</source>
        <translation>Votre mot de passe provisoire vous parvient dans un second courriel.</translation>
    </message>
    <message>
        <source>Your access to monenfant.fr for %1 (2/2): your password</source>
        <translation>Vos accès à monenfant.fr pour %1 (2/2) : votre mot de passe</translation>
    </message>
    <message>
        <source>Here is the temporary password that goes with the identifier sent to you in a first email (convention %1).</source>
        <translation>Voici le mot de passe provisoire qui accompagne l&apos;identifiant envoyé dans un premier courriel (convention %1).</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>copy %1 of %2</source>
        <translation>exemplaire %1 sur %2</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>The printing cannot start: the printer or the file refuses it.</source>
        <translation>L&apos;impression ne peut pas commencer : l&apos;imprimante ou le fichier la refuse.</translation>
    </message>
    <message>
        <source>The printing stopped: no new page could be started.</source>
        <translation>L&apos;impression s&apos;est arrêtée : aucune nouvelle page n&apos;a pu être commencée.</translation>
    </message>
    <message>
        <source>The printing could not be finished.</source>
        <translation>L&apos;impression n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>The printing stopped: the file could not be written.</source>
        <translation>L&apos;impression s&apos;est arrêtée : le fichier n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>PgSettings</name>
    <message>
        <source>The PostgreSQL connection &quot;%1&quot; is not a list of key=value (host=… port=… dbname=… user=…).</source>
        <translation>La connexion PostgreSQL « %1 » n&apos;est pas une liste de clé=valeur (host=… port=… dbname=… user=…).</translation>
    </message>
    <message>
        <source>The PostgreSQL connection &quot;%1&quot; has an unclosed quote.</source>
        <translation>La connexion PostgreSQL « %1 » a une apostrophe non fermée.</translation>
    </message>
    <message>
        <source>Habilis does not take a password in the connection: put it in PGPASSWORD, ~/.pgpass or a service file.</source>
        <translation>Habilis ne prend pas de mot de passe dans la connexion : mettez-le dans PGPASSWORD, dans ~/.pgpass ou dans un fichier de service.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>« %1 » n&apos;est pas un numéro de port.</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de base de données.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The language: fr or en.</source>
        <translation>La langue : fr ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database: a libpq connection string such as &quot;host=… dbname=… user=…&quot; (default: HABILIS_PG); the password comes from PGPASSWORD, ~/.pgpass or a service file.</source>
        <translation>Une base PostgreSQL partagée : une chaîne de connexion libpq comme « host=… dbname=… user=… » (par défaut : HABILIS_PG) ; le mot de passe vient de PGPASSWORD, de ~/.pgpass ou d&apos;un fichier de service.</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, options propres à Qt comprises.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche la version.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>The database could not be updated: %1 (%2)</source>
        <translation>La base de données n&apos;a pas pu être mise à jour : %1 (%2)</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>La base de données ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>This database was written by a newer Habilis (schema %1, this version reads up to %2). Update Habilis.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Habilis (schéma %1, cette version lit jusqu&apos;au %2). Mettez Habilis à jour.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The SMTP relay %1 cannot be used: libcurl did not start.</source>
        <translation>Le relais SMTP %1 ne peut pas être utilisé : libcurl n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The SMTP relay %1 cannot be reached; the email to %2 was not sent: %3</source>
        <translation>Le relais SMTP %1 est injoignable ; le courriel à %2 n&apos;a pas été envoyé : %3</translation>
    </message>
    <message>
        <source>The SMTP relay %1 refused the email to %2: %3</source>
        <translation>Le relais SMTP %1 a refusé le courriel à %2 : %3</translation>
    </message>
</context>
<context>
    <name>SqlStorage</name>
    <message>
        <source>The database refused the operation: %1</source>
        <translation>La base de données a refusé l&apos;opération : %1</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; of the database cannot be created.</source>
        <translation>Le dossier « %1 » de la base de données ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>Le pilote SQLite de Qt est absent (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be opened: %2</source>
        <translation>La base de données « %1 » ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>No Caf profile for the département &quot;%1&quot;. Set it first (habilis-cli caf set).</source>
        <translation>Aucun profil de Caf pour le département « %1 ». Créez-le d&apos;abord (habilis-cli caf set).</translation>
    </message>
    <message>
        <source>type code</source>
        <translation>code du type</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type code (2 to 12 capital letters or digits).</source>
        <translation>« %1 » n&apos;est pas un code de type (2 à 12 lettres majuscules ou chiffres).</translation>
    </message>
    <message>
        <source>type label</source>
        <translation>libellé du type</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>No provider has the number %1.</source>
        <translation>Aucun fournisseur n&apos;a le numéro %1.</translation>
    </message>
    <message>
        <source>No provider has the number, SIRET or SIREN &quot;%1&quot;.</source>
        <translation>Aucun fournisseur n&apos;a le numéro, le SIRET ou le SIREN « %1 ».</translation>
    </message>
    <message>
        <source>Several providers have the SIREN &quot;%1&quot;: give the SIRET or the number.</source>
        <translation>Plusieurs fournisseurs ont le SIREN « %1 » : indiquez le SIRET ou le numéro.</translation>
    </message>
    <message>
        <source>establishment %1</source>
        <translation>établissement %1</translation>
    </message>
    <message>
        <source>%1 already has the convention %2 (%3): a change of its annex is an amendment, not a new request.</source>
        <translation>%1 a déjà la convention %2 (%3) : une modification de son annexe se fait par avenant, pas par une nouvelle demande.</translation>
    </message>
    <message>
        <source>No convention has the reference &quot;%1&quot;.</source>
        <translation>Aucune convention n&apos;a la référence « %1 ».</translation>
    </message>
    <message>
        <source>The Caf of the convention &quot;%1&quot; is missing.</source>
        <translation>La Caf de la convention « %1 » est introuvable.</translation>
    </message>
    <message>
        <source>The convention &quot;%1&quot; has no annex.</source>
        <translation>La convention « %1 » n&apos;a pas d&apos;annexe.</translation>
    </message>
    <message>
        <source>The convention %1 was changed meanwhile by someone else; nothing was recorded. Read it again and retry.</source>
        <translation>La convention %1 a été modifiée entre-temps par quelqu&apos;un d&apos;autre ; rien n&apos;a été enregistré. Relisez-la et recommencez.</translation>
    </message>
    <message>
        <source>reminder delay</source>
        <translation>délai de relance</translation>
    </message>
    <message>
        <source>&quot;%1&quot; days: give between 1 and 365.</source>
        <translation>« %1 » jours : indiquez une valeur entre 1 et 365.</translation>
    </message>
    <message>
        <source>The convention %1 is at &quot;%2&quot;: only a convention in force can be amended.</source>
        <translation>La convention %1 est à l&apos;état « %2 » : seule une convention en vigueur peut faire l&apos;objet d&apos;un avenant.</translation>
    </message>
    <message>
        <source>Amendment: the date %1 must lie between the signature (%2) and today.</source>
        <translation>Avenant : la date du %1 doit se situer entre la signature (%2) et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Amendment %1 of the convention %2 is not signed yet: finish or cancel it first.</source>
        <translation>L&apos;avenant %1 de la convention %2 n&apos;est pas encore signé : terminez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The annex versions cannot be read.</source>
        <translation>Les versions de l&apos;annexe ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The amendments cannot be read.</source>
        <translation>Les avenants ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>An amendment is mailed, returned, countersigned or cancelled; &quot;%1&quot; does not apply to it.</source>
        <translation>Un avenant est envoyé, retourné signé, contresigné ou annulé ; « %1 » ne s&apos;y applique pas.</translation>
    </message>
    <message>
        <source>The convention &quot;%1&quot; has no amendment %2.</source>
        <translation>La convention « %1 » n&apos;a pas d&apos;avenant %2.</translation>
    </message>
    <message>
        <source>The convention %1 is at &quot;%2&quot;: its amendments can only be cancelled.</source>
        <translation>La convention %1 est à l&apos;état « %2 » : ses avenants ne peuvent plus qu&apos;être annulés.</translation>
    </message>
    <message>
        <source>The convention %1 is at &quot;%2&quot;: no password can be issued for it.</source>
        <translation>La convention %1 est à l&apos;état « %2 » : aucun mot de passe ne peut être délivré pour elle.</translation>
    </message>
    <message>
        <source>The habilitation of the convention %1 is not activated: activate it first.</source>
        <translation>L&apos;habilitation de la convention %1 n&apos;est pas activée : activez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The person %1 is not in the annex in force of the convention %2.</source>
        <translation>La personne %1 n&apos;est pas dans l&apos;annexe en vigueur de la convention %2.</translation>
    </message>
    <message>
        <source>No password was issued under the number %1.</source>
        <translation>Aucun mot de passe n&apos;a été délivré sous le numéro %1.</translation>
    </message>
    <message>
        <source>The password issued to %1 on %2 was notified or replaced already.</source>
        <translation>Le mot de passe délivré à %1 le %2 a déjà été notifié ou remplacé.</translation>
    </message>
    <message>
        <source>The convention &quot;%1&quot; has no annex version %2.</source>
        <translation>La convention « %1 » n&apos;a pas de version %2 de l&apos;annexe.</translation>
    </message>
    <message>
        <source>%1, amendment %2: %3</source>
        <translation>%1, avenant %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>Le pilote PostgreSQL de Qt est absent (paquet libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The PostgreSQL connection cannot contain &quot;;&quot;.</source>
        <translation>La connexion PostgreSQL ne peut pas contenir « ; ».</translation>
    </message>
    <message>
        <source>The PostgreSQL database &quot;%1&quot; cannot be opened: %2</source>
        <translation>La base PostgreSQL « %1 » ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>the connection is not a SQLite one</source>
        <translation>la connexion n&apos;est pas une connexion SQLite</translation>
    </message>
    <message>
        <source>the SQLite connection is closed</source>
        <translation>la connexion SQLite est fermée</translation>
    </message>
    <message>
        <source>%1 values for %2 parameters</source>
        <translation>%1 valeurs pour %2 paramètres</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database file &quot;%1&quot; that this workstation uses cannot be found.</source>
        <translation>Le fichier de base de données « %1 » qu&apos;utilise ce poste est introuvable.</translation>
    </message>
    <message>
        <source>Habilis</source>
        <translation>Habilis</translation>
    </message>
    <message>
        <source>If it is on a network drive or a removable disk, connect it and start Habilis again. If it was moved, locate it. Creating a new database there starts again from nothing.</source>
        <translation>S&apos;il se trouve sur un lecteur réseau ou un disque amovible, connectez-le puis relancez Habilis. S&apos;il a été déplacé, retrouvez-le. Créer une nouvelle base à cet emplacement repart de zéro.</translation>
    </message>
    <message>
        <source>&amp;Locate the file…</source>
        <translation>&amp;Retrouver le fichier…</translation>
    </message>
    <message>
        <source>&amp;Create a new database</source>
        <translation>&amp;Créer une nouvelle base</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Locate the database</source>
        <translation>Retrouver la base de données</translation>
    </message>
    <message>
        <source>Habilis database (*.sqlite);;All files (*)</source>
        <translation>Base de données Habilis (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect the drive it is on, or start Habilis with --db FILE.</source>
        <translation>Connectez le lecteur où il se trouve, ou lancez Habilis avec --db FICHIER.</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL database:
%1</source>
        <translation>Mot de passe de la base PostgreSQL :
%1</translation>
    </message>
    <message>
        <source>The database %1 has no Caf profile yet: set one with &quot;habilis-cli --pg … caf set&quot;.</source>
        <translation>La base %1 n&apos;a pas encore de profil de Caf : donnez-en un avec « habilis-cli --pg … caf set ».</translation>
    </message>
    <message>
        <source>Start Habilis with --db FILE to work on a file of this workstation meanwhile.</source>
        <translation>Démarrez Habilis avec --db FICHIER pour travailler entre-temps sur un fichier de ce poste.</translation>
    </message>
</context>
<context>
    <name>TablePdf</name>
    <message>
        <source>%1: the PDF cannot be written without the graphical libraries (no QGuiApplication).</source>
        <translation>%1 : le PDF ne peut pas être écrit sans les bibliothèques graphiques (pas de QGuiApplication).</translation>
    </message>
    <message>
        <source>%1: the table to print has no columns.</source>
        <translation>%1 : le tableau à imprimer n&apos;a aucune colonne.</translation>
    </message>
    <message>
        <source>%1: the file cannot be written (%2).</source>
        <translation>%1 : le fichier ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be written.</source>
        <translation>%1 : le PDF ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>No line.</source>
        <translation>Aucune ligne.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Habilis, %1 — %2</source>
        <translation>Habilis, %1 — %2</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Template %1: the placeholder &quot;%2&quot; is unknown.</source>
        <translation>Modèle %1 : la balise « %2 » est inconnue.</translation>
    </message>
    <message>
        <source>Template %1: &quot;{{&quot; is never closed by &quot;}}&quot;.</source>
        <translation>Modèle %1 : « {{ » n&apos;est jamais fermé par « }} ».</translation>
    </message>
    <message>
        <source>Template %1: &quot;{{%2}}&quot; is not a placeholder name.</source>
        <translation>Modèle %1 : « {{%2}} » n&apos;est pas un nom de balise.</translation>
    </message>
    <message>
        <source>Template %1: &quot;{{/%2}}&quot; closes no open section.</source>
        <translation>Modèle %1 : « {{/%2}} » ne ferme aucune section ouverte.</translation>
    </message>
    <message>
        <source>Template %1: the section &quot;%2&quot; is never closed.</source>
        <translation>Modèle %1 : la section « %2 » n&apos;est jamais fermée.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1: %2</source>
        <comment>field: message</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>context, field</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>this field is required.</source>
        <translation>ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too long (%2 characters, at most %3).</source>
        <translation>« %1 » est trop long (%2 caractères, au plus %3).</translation>
    </message>
    <message>
        <source>street</source>
        <translation>numéro et voie</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>town</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bâtiment</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>boîte postale</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SIRET number: its check digit is wrong. Check it against the provider&apos;s Kbis or INSEE notice.</source>
        <translation>« %1 » n&apos;est pas un numéro SIRET valide : sa clé de contrôle est erronée. Vérifiez-le sur l&apos;extrait Kbis ou l&apos;avis de situation INSEE du fournisseur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid SIREN number: its check digit is wrong.</source>
        <translation>« %1 » n&apos;est pas un numéro SIREN valide : sa clé de contrôle est erronée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a SIRET (14 digits) nor a SIREN (9 digits).</source>
        <translation>« %1 » n&apos;est ni un SIRET (14 chiffres) ni un SIREN (9 chiffres).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address (expected: name@domain.fr).</source>
        <translation>« %1 » n&apos;est pas une adresse électronique valide (forme attendue : nom@domaine.fr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French postcode (five digits, for example 73000).</source>
        <translation>« %1 » n&apos;est pas un code postal français (cinq chiffres, par exemple 73000).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French postcode: no département begins with %2.</source>
        <translation>« %1 » n&apos;est pas un code postal français : aucun département ne commence par %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a département code (01 to 95, 2A, 2B, 971 to 976).</source>
        <translation>« %1 » n&apos;est pas un code de département (01 à 95, 2A, 2B, 971 à 976).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a French phone number (ten digits, for example 04 79 70 00 00).</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone français (dix chiffres, par exemple 04 79 70 00 00).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a monenfant.fr identifier (letters, digits and hyphens).</source>
        <translation>« %1 » n&apos;est pas un identifiant monenfant.fr (lettres, chiffres et tirets).</translation>
    </message>
    <message>
        <source>Caf</source>
        <translation>Caf</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>director</source>
        <translation>directeur</translation>
    </message>
    <message>
        <source>signing town</source>
        <translation>lieu de signature</translation>
    </message>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>provider&apos;s representative</source>
        <translation>représentant du fournisseur</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known establishment type (known types: %2).</source>
        <translation>« %1 » n&apos;est pas un type d&apos;établissement connu (types connus : %2).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>monenfant.fr identifier</source>
        <translation>identifiant monenfant.fr</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>périmètre</translation>
    </message>
    <message>
        <source>choose functioning information, availability, or both.</source>
        <translation>choisissez les informations de fonctionnement, les disponibilités, ou les deux.</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <source>availability is published only for EAJE; &quot;%1&quot; has none.</source>
        <translation>les disponibilités ne sont publiées que pour les EAJE ; « %1 » n&apos;en a pas.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>person %1</source>
        <translation>personne %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already named in this annex.</source>
        <translation>« %1 » figure déjà dans cette annexe.</translation>
    </message>
    <message>
        <source>%1 %2 is already named in this annex.</source>
        <translation>%1 %2 figure déjà dans cette annexe.</translation>
    </message>
    <message>
        <source>establishment %1</source>
        <translation>établissement %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in this annex.</source>
        <translation>« %1 » figure déjà dans cette annexe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2, %3) is already in this annex.</source>
        <translation>« %1 » (%2, %3) figure déjà dans cette annexe.</translation>
    </message>
    <message>
        <source>Caf département</source>
        <translation>département de la Caf</translation>
    </message>
    <message>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>name at least one person to habilitate.</source>
        <translation>indiquez au moins une personne à habiliter.</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>name at least one establishment.</source>
        <translation>indiquez au moins un établissement.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>%1 cannot be recorded: the convention %2 is at &quot;%3&quot;.</source>
        <translation>%1 : impossible à enregistrer, la convention %2 est à l&apos;état « %3 ».</translation>
    </message>
    <message>
        <source>Request checked</source>
        <translation>Demande vérifiée</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Demande rejetée</translation>
    </message>
    <message>
        <source>Convention issued</source>
        <translation>Convention éditée</translation>
    </message>
    <message>
        <source>Mailed for signature</source>
        <translation>Envoi pour signature</translation>
    </message>
    <message>
        <source>Signed copy returned</source>
        <translation>Retour de l&apos;exemplaire signé</translation>
    </message>
    <message>
        <source>Countersigned by the Caf</source>
        <translation>Contresignature par la Caf</translation>
    </message>
    <message>
        <source>Habilitation activated</source>
        <translation>Activation de l&apos;habilitation</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Convention cancelled</source>
        <translation>Annulation de la convention</translation>
    </message>
    <message>
        <source>Notice of termination</source>
        <translation>Préavis de résiliation</translation>
    </message>
    <message>
        <source>%1: the date is missing or is not a date.</source>
        <translation>%1 : la date manque ou n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>%1: the date %2 is in the future.</source>
        <translation>%1 : la date du %2 est dans le futur.</translation>
    </message>
    <message>
        <source>%1: the date %2 is before %3 (%4).</source>
        <translation>%1 : la date du %2 est antérieure à %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 is required.</source>
        <translation>%1 : %2 est obligatoire.</translation>
    </message>
    <message>
        <source>the request&apos;s arrival</source>
        <translation>la réception de la demande</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>the mailing</source>
        <translation>l&apos;envoi</translation>
    </message>
    <message>
        <source>the provider&apos;s signatory</source>
        <translation>le signataire du fournisseur</translation>
    </message>
    <message>
        <source>%1: the provider&apos;s signature date is required.</source>
        <translation>%1 : la date de signature du fournisseur est obligatoire.</translation>
    </message>
    <message>
        <source>%1: the provider&apos;s signature date %2 must lie between the mailing (%3) and the return (%4).</source>
        <translation>%1 : la date de signature du fournisseur, le %2, doit se situer entre l&apos;envoi (%3) et le retour (%4).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a prefecture acknowledgement number (for example 073-200083681-20251015-15102025D14-DE).</source>
        <translation>%1 : « %2 » n&apos;est pas un numéro d&apos;accusé de réception en préfecture (par exemple 073-200083681-20251015-15102025D14-DE).</translation>
    </message>
    <message>
        <source>%1: the deliberation date %2 is in the future.</source>
        <translation>%1 : la date de délibération du %2 est dans le futur.</translation>
    </message>
    <message>
        <source>the Caf&apos;s signatory</source>
        <translation>le signataire de la Caf</translation>
    </message>
    <message>
        <source>the return of the signed copy</source>
        <translation>le retour de l&apos;exemplaire signé</translation>
    </message>
    <message>
        <source>%1: the convention %2 was activated on %3 already.</source>
        <translation>%1 : la convention %2 a déjà été activée le %3.</translation>
    </message>
    <message>
        <source>%1: the convention %2 ends on %3.</source>
        <translation>%1 : la convention %2 prend fin le %3.</translation>
    </message>
    <message>
        <source>the signature</source>
        <translation>la signature</translation>
    </message>
    <message>
        <source>%1: notice was already received on %2; the convention ends on %3.</source>
        <translation>%1 : un préavis a déjà été reçu le %2 ; la convention prend fin le %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be provider or caf.</source>
        <translation>%1 : « %2 » doit valoir provider (le fournisseur) ou caf.</translation>
    </message>
    <message>
        <source>the registered letter number</source>
        <translation>le numéro de la lettre recommandée</translation>
    </message>
    <message>
        <source>%1: the letter was sent on %2, after it was received (%3).</source>
        <translation>%1 : la lettre aurait été envoyée le %2, après sa réception (%3).</translation>
    </message>
    <message>
        <source>Requests to check</source>
        <translation>Demandes à vérifier</translation>
    </message>
    <message>
        <source>Conventions to print</source>
        <translation>Conventions à éditer</translation>
    </message>
    <message>
        <source>Conventions to mail</source>
        <translation>Conventions à envoyer</translation>
    </message>
    <message>
        <source>Not returned: reminder due</source>
        <translation>Non retournées : relance à faire</translation>
    </message>
    <message>
        <source>Signed copies to countersign</source>
        <translation>Exemplaires signés à contresigner</translation>
    </message>
    <message>
        <source>Habilitations to activate</source>
        <translation>Habilitations à activer</translation>
    </message>
    <message>
        <source>Anniversaries within four months: last days to give notice</source>
        <translation>Échéances dans les quatre mois : derniers jours pour donner préavis</translation>
    </message>
    <message>
        <source>Terminations taking effect within four months</source>
        <translation>Résiliations prenant effet dans les quatre mois</translation>
    </message>
    <message>
        <source>Amendments to mail</source>
        <translation>Avenants à envoyer</translation>
    </message>
    <message>
        <source>Amendments awaiting return</source>
        <translation>Avenants en attente de retour</translation>
    </message>
    <message>
        <source>Amendments to countersign</source>
        <translation>Avenants à contresigner</translation>
    </message>
</context>
<context>
    <name>habilis::AddressForm</name>
    <message>
        <source>CE&amp;DEX</source>
        <translation>CEDE&amp;X</translation>
    </message>
    <message>
        <source>The postcode is a CEDEX code: line 6 ends with CEDEX.</source>
        <translation>Le code postal est un code CEDEX : la ligne 6 se termine par CEDEX.</translation>
    </message>
    <message>
        <source>Person or service (optional)</source>
        <translation>Personne ou service (facultatif)</translation>
    </message>
    <message>
        <source>Building, floor, residence (optional)</source>
        <translation>Bâtiment, étage, résidence (facultatif)</translation>
    </message>
    <message>
        <source>Number and street</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <source>BP, CS, TSA or lieu-dit (optional)</source>
        <translation>BP, CS, TSA ou lieu-dit (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Bâtiment :</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Numéro et vo&amp;ie :</translation>
    </message>
    <message>
        <source>&amp;PO box:</source>
        <translation>Boîte postale, &amp;lieu-dit :</translation>
    </message>
    <message>
        <source>Postcode and t&amp;own:</source>
        <translation>Code postal et co&amp;mmune :</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>habilis::AmendmentDialog</name>
    <message>
        <source>Amendment to the convention %1</source>
        <translation>Avenant à la convention %1</translation>
    </message>
    <message>
        <source>%1 (%2) — representative: %3.</source>
        <translation>%1 (%2) — représentant : %3.</translation>
    </message>
    <message>
        <source>Annex 1 in force: version %1 since %2.</source>
        <translation>Annexe 1 en vigueur : version %1 depuis le %2.</translation>
    </message>
    <message>
        <source>Annex 1: version %1.</source>
        <translation>Annexe 1 : version %1.</translation>
    </message>
    <message>
        <source>Departure of an agent, new establishment, new mayor…</source>
        <translation>Départ d&apos;un agent, nouvel établissement, nouveau maire…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Persons who leave</source>
        <translation>Personnes qui partent</translation>
    </message>
    <message>
        <source>In the annex in force: tick who leaves</source>
        <translation>Dans l&apos;annexe en vigueur : cochez les personnes qui partent</translation>
    </message>
    <message>
        <source>Persons to add</source>
        <translation>Personnes à ajouter</translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation>Per&amp;sonnes</translation>
    </message>
    <message>
        <source>Establishments removed</source>
        <translation>Établissements retirés</translation>
    </message>
    <message>
        <source>functioning</source>
        <translation>fonctionnement</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilités</translation>
    </message>
    <message>
        <source>%1 — %2, %3 %4 (%5)</source>
        <translation>%1 — %2, %3 %4 (%5)</translation>
    </message>
    <message>
        <source>In the annex in force: tick those removed</source>
        <translation>Dans l&apos;annexe en vigueur : cochez les établissements retirés</translation>
    </message>
    <message>
        <source>Establishments to add</source>
        <translation>Établissements à ajouter</translation>
    </message>
    <message>
        <source>&amp;Establishments</source>
        <translation>É&amp;tablissements</translation>
    </message>
    <message>
        <source>&amp;New representative</source>
        <translation>&amp;Nouveau représentant</translation>
    </message>
    <message>
        <source>New &amp;address</source>
        <translation>Nouvelle &amp;adresse</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>&amp;Fournisseur</translation>
    </message>
    <message>
        <source>&amp;Prepare the amendment</source>
        <translation>Prépa&amp;rer l&apos;avenant</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>convention</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>avenant</translation>
    </message>
    <message>
        <source>it changes nothing yet: tick who leaves, add a person or an establishment, or give a new representative or address.</source>
        <translation>il ne change encore rien : cochez qui part, ajoutez une personne ou un établissement, ou indiquez un nouveau représentant ou une nouvelle adresse.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>say why the annex changes.</source>
        <translation>indiquez pourquoi l&apos;annexe change.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) leaving</source>
        <translation>
            <numerusform>%n personne qui part</numerusform>
            <numerusform>%n personnes qui partent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n personne ajoutée</numerusform>
            <numerusform>%n personnes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) removed</source>
        <translation>
            <numerusform>%n établissement retiré</numerusform>
            <numerusform>%n établissements retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) added</source>
        <translation>
            <numerusform>%n établissement ajouté</numerusform>
            <numerusform>%n établissements ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>a new representative</source>
        <translation>un nouveau représentant</translation>
    </message>
    <message>
        <source>a new address</source>
        <translation>une nouvelle adresse</translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>This amendment: %1.</source>
        <translation>Cet avenant : %1.</translation>
    </message>
    <message>
        <source>Departure of %1</source>
        <translation>Départ de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the annex in force of %2.</source>
        <translation>« %1 » ne figure pas dans l&apos;annexe en vigueur de %2.</translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation>Ce qui reste à corriger</translation>
    </message>
    <message>
        <source>Close without preparing the amendment? What was entered is lost.</source>
        <translation>Fermer sans préparer l&apos;avenant ? Ce qui a été saisi sera perdu.</translation>
    </message>
</context>
<context>
    <name>habilis::BatchDialog</name>
    <message>
        <source>Save as one P&amp;DF…</source>
        <translation>Enregistrer en un seul P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Record the mailing</source>
        <translation>&amp;Enregistrer l&apos;envoi</translation>
    </message>
    <message>
        <source>Print everything waiting to be mailed</source>
        <translation>Imprimer tout ce qui attend d&apos;être envoyé</translation>
    </message>
    <message>
        <source>Mailings of the batch</source>
        <translation>Envois du lot</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Save the batch as PDF</source>
        <translation>Enregistrer le lot en PDF</translation>
    </message>
    <message>
        <source>Mailings of %1.pdf</source>
        <translation>Envois du %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Once the envelopes are posted</source>
        <translation>Une fois les plis déposés à la poste</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Déposés le</translation>
    </message>
    <message>
        <source>P&amp;osted on:</source>
        <translation>Dé&amp;posés le :</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>&amp;Tracking number (optional):</source>
        <translation>Numéro de &amp;suivi (facultatif) :</translation>
    </message>
    <message>
        <source>Records the mailing of every item of the batch in one go: all of them, or none.</source>
        <translation>Enregistre l&apos;envoi de tous les plis du lot en une fois : tous, ou aucun.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be mailed.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailing(s) waiting, in the order the post office likes (by postcode). Each pack is the cover letter with its return slip and the document in two copies.</source>
        <translation>
            <numerusform>%n envoi en attente, dans l&apos;ordre qui convient à La Poste (par code postal). Chaque pli contient la lettre d&apos;envoi avec son coupon et le document en deux exemplaires.</numerusform>
            <numerusform>%n envois en attente, dans l&apos;ordre qui convient à La Poste (par code postal). Chaque pli contient la lettre d&apos;envoi avec son coupon et le document en deux exemplaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pack %1 of %2…</source>
        <translation>Pli %1 sur %2…</translation>
    </message>
    <message>
        <source>Mailings of %1</source>
        <translation>Envois du %1</translation>
    </message>
    <message>
        <source>Writing the PDF of the batch…</source>
        <translation>Écriture du PDF du lot…</translation>
    </message>
    <message numerus="yes">
        <source>%n mailing pack(s), %1 pages, saved in %2. Once the envelopes are posted, record the mailing below.</source>
        <translation>
            <numerusform>%n pli, %1 pages, enregistré dans %2. Une fois les plis déposés à la poste, enregistrez l&apos;envoi ci-dessous.</numerusform>
            <numerusform>%n plis, %1 pages, enregistrés dans %2. Une fois les plis déposés à la poste, enregistrez l&apos;envoi ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the batch…</source>
        <translation>Impression du lot…</translation>
    </message>
    <message numerus="yes">
        <source>%n mailing pack(s), %1 pages, sent to %2. Once the envelopes are posted, record the mailing below.</source>
        <translation>
            <numerusform>%n pli, %1 pages, envoyé à %2. Une fois les plis déposés à la poste, enregistrez l&apos;envoi ci-dessous.</numerusform>
            <numerusform>%n plis, %1 pages, envoyés à %2. Une fois les plis déposés à la poste, enregistrez l&apos;envoi ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing of %n item(s) recorded on %1.</source>
        <translation>
            <numerusform>Envoi de %n pli enregistré au %1.</numerusform>
            <numerusform>Envoi de %n plis enregistré au %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>These %n mailing(s) were not printed from this window just now. Record that they were posted on %1 all the same?</source>
        <translation>
            <numerusform>Cet envoi n&apos;a pas été imprimé depuis cette fenêtre à l&apos;instant. Enregistrer tout de même qu&apos;il a été déposé le %1 ?</numerusform>
            <numerusform>Ces %n envois n&apos;ont pas été imprimés depuis cette fenêtre à l&apos;instant. Enregistrer tout de même qu&apos;ils ont été déposés le %1 ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habilis::CafForm</name>
    <message>
        <source>Name of the Caf</source>
        <translation>Nom de la Caf</translation>
    </message>
    <message>
        <source>Signing town</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>Email of the Caf</source>
        <translation>Courriel de la Caf</translation>
    </message>
    <message>
        <source>Phone of the Caf</source>
        <translation>Téléphone de la Caf</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Choose the département</source>
        <translation>Choisissez le département</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>The town of &quot;Fait à …, le …&quot; on the conventions.</source>
        <translation>La commune de « Fait à …, le … » sur les conventions.</translation>
    </message>
    <message>
        <source>optional, for example 04 79 70 00 00</source>
        <translation>facultatif, par exemple 04 79 70 00 00</translation>
    </message>
    <message>
        <source>&amp;Département:</source>
        <translation>&amp;Département :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Address (NF Z10-011: 38 characters a line at most)</source>
        <translation>Adresse (NF Z10-011 : 38 caractères par ligne au plus)</translation>
    </message>
    <message>
        <source>Si&amp;gning town:</source>
        <translation>&amp;Lieu de signature :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Courr&amp;iel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>Reste à remplir : %1.</translation>
    </message>
    <message>
        <source>Director (signs the conventions)</source>
        <translation>Directeur (signataire des conventions)</translation>
    </message>
</context>
<context>
    <name>habilis::ConventionTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
</context>
<context>
    <name>habilis::ConventionView</name>
    <message>
        <source>Prepare an &amp;amendment…</source>
        <translation>Préparer un a&amp;venant…</translation>
    </message>
    <message>
        <source>Pre&amp;view the mailing pack</source>
        <translation>Aperç&amp;u du pli</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport the annex…</source>
        <translation>E&amp;xporter l&apos;annexe…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsion :</translation>
    </message>
    <message>
        <source>Annex version</source>
        <translation>Version de l&apos;annexe</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Persons habilitated</source>
        <translation>Personnes habilitées</translation>
    </message>
    <message>
        <source>This person left…</source>
        <translation>Cette personne est partie…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Establishments and scopes</source>
        <translation>Établissements et périmètres</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné le</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Previe&amp;w the amendment</source>
        <translation>Aperçu de &amp;l&apos;avenant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Steps of the procedure</source>
        <translation>Étapes de la procédure</translation>
    </message>
    <message>
        <source>Journal of the changes</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>Annex &amp;1</source>
        <translation>Annexe &amp;1</translation>
    </message>
    <message>
        <source>A&amp;mendments</source>
        <translation>Ave&amp;nants</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1, in force from %2</source>
        <translation>Version %1, en vigueur à compter du %2</translation>
    </message>
    <message>
        <source>Version %1, not signed</source>
        <translation>Version %1, non signée</translation>
    </message>
    <message>
        <source>The Caf</source>
        <translation>La Caf</translation>
    </message>
    <message>
        <source>The data provider</source>
        <translation>Le fournisseur de données</translation>
    </message>
    <message>
        <source>SIRET/SIREN %1</source>
        <translation>SIRET/SIREN %1</translation>
    </message>
    <message>
        <source>Represented by %1</source>
        <translation>Représenté par %1</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Réception de la demande</translation>
    </message>
    <message>
        <source>Mailed for signature</source>
        <translation>Envoi pour signature</translation>
    </message>
    <message>
        <source>Signed copy returned</source>
        <translation>Retour de l&apos;exemplaire signé</translation>
    </message>
    <message>
        <source>Signed by the Caf (effective date)</source>
        <translation>Signature de la Caf (prise d&apos;effet)</translation>
    </message>
    <message>
        <source>Habilitation activated</source>
        <translation>Activation de l&apos;habilitation</translation>
    </message>
    <message>
        <source>Year %1 of the convention</source>
        <translation>Année %1 de la convention</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Next anniversary (tacit renewal)</source>
        <translation>Prochaine date anniversaire (tacite reconduction)</translation>
    </message>
    <message>
        <source>Notice to receive by</source>
        <translation>Date limite de réception du préavis</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Réception du préavis</translation>
    </message>
    <message>
        <source>Ends (first day no longer in force)</source>
        <translation>Fin (premier jour où elle n&apos;est plus en vigueur)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Dates on %1</source>
        <translation>Dates au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s)</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>A&amp;mendments (%1)</source>
        <translation>Ave&amp;nants (%1)</translation>
    </message>
    <message>
        <source>An amendment is under way: finish or cancel it first.</source>
        <translation>Un avenant est en cours : terminez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Only a convention in force can be amended.</source>
        <translation>Seule une convention en vigueur peut faire l&apos;objet d&apos;un avenant.</translation>
    </message>
    <message>
        <source>Select an amendment.</source>
        <translation>Sélectionnez un avenant.</translation>
    </message>
    <message>
        <source>Send the pending pass&amp;words</source>
        <translation>Envoyer les mots de passe en a&amp;ttente</translation>
    </message>
    <message>
        <source>A password for every person of the annex in force who has none notified: persons added by an amendment, notices that failed.</source>
        <translation>Un mot de passe pour chaque personne de l&apos;annexe en vigueur qui n&apos;en a reçu aucun : personnes ajoutées par un avenant, courriels qui ont échoué.</translation>
    </message>
    <message>
        <source>New password for this person…</source>
        <translation>Nouveau mot de passe pour cette personne…</translation>
    </message>
    <message>
        <source>Request &amp;checked…</source>
        <translation>&amp;Demande vérifiée…</translation>
    </message>
    <message>
        <source>Re&amp;ject the request…</source>
        <translation>&amp;Rejeter la demande…</translation>
    </message>
    <message>
        <source>Printed &amp;elsewhere…</source>
        <translation>Imprimée &amp;ailleurs…</translation>
    </message>
    <message>
        <source>&amp;Mailed…</source>
        <translation>&amp;Envoyée…</translation>
    </message>
    <message>
        <source>Signed copy &amp;returned…</source>
        <translation>Exemplaire signé &amp;reçu…</translation>
    </message>
    <message>
        <source>Cou&amp;ntersign…</source>
        <translation>&amp;Contresigner…</translation>
    </message>
    <message>
        <source>A&amp;ctivate the habilitation…</source>
        <translation>Activer l&apos;&amp;habilitation…</translation>
    </message>
    <message>
        <source>Re&amp;minder sent…</source>
        <translation>Re&amp;lance envoyée…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>Notice of &amp;termination…</source>
        <translation>Préavis de &amp;résiliation…</translation>
    </message>
</context>
<context>
    <name>habilis::DirectoryModel</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>Latest convention</source>
        <translation>Dernière convention</translation>
    </message>
    <message>
        <source>Its state</source>
        <translation>Son état</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>monenfant.fr id</source>
        <translation>Identifiant monenfant.fr</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>habilis::DocumentDialog</name>
    <message>
        <source>Documents of %1, amendment %2</source>
        <translation>Documents de %1, avenant %2</translation>
    </message>
    <message>
        <source>Documents of %1</source>
        <translation>Documents de %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>the convention is recorded as printed.</source>
        <translation>la convention est enregistrée comme éditée.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>Envoyé à l&apos;imprimante %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>habilis::EstablishmentTable</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>monenfant.fr id</source>
        <translation>Identifiant monenfant.fr</translation>
    </message>
    <message>
        <source>Functioning</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilités</translation>
    </message>
    <message>
        <source>Add an &amp;establishment</source>
        <translation>A&amp;jouter un établissement</translation>
    </message>
    <message>
        <source>Remove the esta&amp;blishment</source>
        <translation>Retirer l&apos;établissement</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Establishment type</source>
        <translation>Type d&apos;établissement</translation>
    </message>
    <message>
        <source>May publish the functioning information on monenfant.fr</source>
        <translation>Peut publier les informations de fonctionnement sur monenfant.fr</translation>
    </message>
    <message>
        <source>May publish the free places (EAJE only)</source>
        <translation>Peut publier les places disponibles (EAJE uniquement)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known establishment type (known types: %2).</source>
        <translation>« %1 » n&apos;est pas un type d&apos;établissement connu (types connus : %2).</translation>
    </message>
    <message>
        <source>availability is published only for EAJE; &quot;%1&quot; has none.</source>
        <translation>les disponibilités ne sont publiées que pour les EAJE ; « %1 » n&apos;en a pas.</translation>
    </message>
    <message>
        <source>The type %1 publishes no free places: only the EAJE do.</source>
        <translation>Le type %1 ne publie pas de places disponibles : seuls les EAJE en publient.</translation>
    </message>
    <message>
        <source>Choose the type first: only the EAJE publish free places.</source>
        <translation>Choisissez d&apos;abord le type : seuls les EAJE publient des places disponibles.</translation>
    </message>
</context>
<context>
    <name>habilis::ExportDialog</name>
    <message>
        <source>Export the habilitations in force</source>
        <translation>Exporter les habilitations en vigueur</translation>
    </message>
    <message>
        <source>Export Annex 1 of %1</source>
        <translation>Exporter l&apos;annexe 1 de %1</translation>
    </message>
    <message>
        <source>In force on</source>
        <translation>En vigueur le</translation>
    </message>
    <message>
        <source>In force &amp;on:</source>
        <translation>En vigueur &amp;le :</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (;)</source>
        <translation>CSV pour un tableur (;)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <source>PDF to print</source>
        <translation>PDF à imprimer</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Caf</source>
        <translation>Caf</translation>
    </message>
    <message>
        <source>Every Caf of this database</source>
        <translation>Toutes les Caf de cette base</translation>
    </message>
    <message>
        <source>&amp;Caf:</source>
        <translation>&amp;Caf :</translation>
    </message>
    <message>
        <source>Town of the establishment</source>
        <translation>Commune de l&apos;établissement</translation>
    </message>
    <message>
        <source>every town</source>
        <translation>toutes les communes</translation>
    </message>
    <message>
        <source>&amp;Town of the establishment:</source>
        <translation>Co&amp;mmune de l&apos;établissement :</translation>
    </message>
    <message>
        <source>Establishment type</source>
        <translation>Type d&apos;établissement</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>part of the name, accents and case ignored</source>
        <translation>une partie du nom, sans tenir compte des accents ni des majuscules</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Fo&amp;urnisseur :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>habilitations-%1</source>
        <translation>habilitations-%1</translation>
    </message>
    <message>
        <source>annex-%1</source>
        <translation>annexe-%1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>File: name the file to write.</source>
        <translation>Fichier : indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>habilis::FirstRunWizard</name>
    <message>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>Welcome to Habilis</source>
        <translation>Bienvenue dans Habilis</translation>
    </message>
    <message>
        <source>Habilis follows your Caf&apos;s conventions d&apos;habilitation informatique « Structures », from the request to the termination: the documents to print and mail, the signatures, the tacit renewals and the notices. It gives the persons named in the annex their identifiers and passwords for monenfant.fr, and keeps a journal of every change.</source>
        <translation>Habilis suit les conventions d&apos;habilitation informatique « Structures » de votre Caf, de la demande à la résiliation : les documents à imprimer et à envoyer, les signatures, les reconductions tacites et les préavis. Il donne aux personnes nommées dans l&apos;annexe leurs identifiants et mots de passe pour monenfant.fr, et tient un journal de chaque modification.</translation>
    </message>
    <message>
        <source>Before starting, choose where the data is kept and give the profile of your Caf.</source>
        <translation>Avant de commencer, choisissez où les données sont conservées et renseignez le profil de votre Caf.</translation>
    </message>
    <message>
        <source>The database</source>
        <translation>La base de données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose a folder on this computer&apos;s disk that is backed up. SQLite is for one workstation: the file must not be on a network drive, nor shared between officers.</source>
        <translation>Choisissez un dossier du disque de cet ordinateur qui est sauvegardé. SQLite est fait pour un seul poste : le fichier ne doit pas être sur un lecteur réseau, ni partagé entre plusieurs agents.</translation>
    </message>
    <message>
        <source>Give the file of the database.</source>
        <translation>Indiquez le fichier de la base de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder: give a file name in it.</source>
        <translation>« %1 » est un dossier : indiquez un nom de fichier à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read and written.</source>
        <translation>« %1 » ne peut pas être lu et modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SQLite database.</source>
        <translation>« %1 » n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written.</source>
        <translation>Le dossier « %1 » n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>This file exists: Habilis opens it.</source>
        <translation>Ce fichier existe : Habilis l&apos;ouvre.</translation>
    </message>
    <message>
        <source>This file does not exist yet: Habilis creates it when you finish.</source>
        <translation>Ce fichier n&apos;existe pas encore : Habilis le crée quand vous terminez.</translation>
    </message>
    <message>
        <source>Habilis database (*.sqlite);;All files (*)</source>
        <translation>Base de données Habilis (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your Caf</source>
        <translation>Votre Caf</translation>
    </message>
    <message>
        <source>It signs the conventions and heads the letters. You can change it later in File &gt; Settings.</source>
        <translation>Elle signe les conventions et figure en tête des courriers. Vous pourrez la modifier plus tard dans Fichier &gt; Réglages.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Finish to save this profile and open Habilis.</source>
        <translation>Terminez pour enregistrer ce profil et ouvrir Habilis.</translation>
    </message>
    <message>
        <source>Database: %1 (an existing file, opened).</source>
        <translation>Base de données : %1 (un fichier existant, ouvert).</translation>
    </message>
    <message>
        <source>Database: %1 (a new file, created).</source>
        <translation>Base de données : %1 (un nouveau fichier, créé).</translation>
    </message>
    <message>
        <source>Caf: %1 (département %2).</source>
        <translation>Caf : %1 (département %2).</translation>
    </message>
    <message>
        <source>Director: %1, %2.</source>
        <translation>Direction : %1, %2.</translation>
    </message>
    <message>
        <source>Signing town: %1.</source>
        <translation>Lieu de signature : %1.</translation>
    </message>
    <message>
        <source>Email: %1.</source>
        <translation>Courriel : %1.</translation>
    </message>
    <message>
        <source>Phone: %1.</source>
        <translation>Téléphone : %1.</translation>
    </message>
    <message>
        <source>The address, as the letters print it:</source>
        <translation>L&apos;adresse, telle que les courriers l&apos;impriment :</translation>
    </message>
    <message>
        <source>Habilis — first start</source>
        <translation>Habilis — premier démarrage</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; cannot be read: %2</source>
        <translation>La base de données « %1 » ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>Finish to open Habilis on this database.</source>
        <translation>Terminez pour ouvrir Habilis sur cette base de données.</translation>
    </message>
    <message>
        <source>It already has its Caf profile, which is kept:</source>
        <translation>Elle a déjà son profil de Caf, qui est conservé :</translation>
    </message>
    <message>
        <source>%1 (département %2)</source>
        <translation>%1 (département %2)</translation>
    </message>
    <message>
        <source>You can change it later in File &gt; Settings.</source>
        <translation>Vous pourrez le modifier plus tard dans Fichier &gt; Réglages.</translation>
    </message>
    <message>
        <source>A &amp;file on this workstation (SQLite)</source>
        <translation>Un fichier sur ce p&amp;oste (SQLite)</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;shared server (PostgreSQL)</source>
        <translation>Le serveur partagé du s&amp;ervice (PostgreSQL)</translation>
    </message>
    <message>
        <source>Habilis keeps all its data in one SQLite file, or on the PostgreSQL server the officers of an office share.</source>
        <translation>Habilis garde toutes ses données dans un fichier SQLite, ou sur le serveur PostgreSQL que partagent les agents d&apos;un service.</translation>
    </message>
    <message>
        <source>The password is never saved by Habilis: libpq reads it from PGPASSWORD, ~/.pgpass or a service file, or Habilis asks for it at each start.</source>
        <translation>Habilis n&apos;enregistre jamais le mot de passe : libpq le lit dans PGPASSWORD, ~/.pgpass ou un fichier de service, sinon Habilis le demande à chaque démarrage.</translation>
    </message>
    <message>
        <source>Habilis connects to the server when you go on.</source>
        <translation>Habilis se connecte au serveur quand vous poursuivez.</translation>
    </message>
    <message>
        <source>Database: the PostgreSQL server %1.</source>
        <translation>Base de données : le serveur PostgreSQL %1.</translation>
    </message>
</context>
<context>
    <name>habilis::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>All towns</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Establishment type</source>
        <translation>Type d&apos;établissement</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Search a reference, a provider, a person, an establishment… or scan a return slip</source>
        <translation>Rechercher une référence, un fournisseur, une personne, un établissement… ou scanner un coupon</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
    <message>
        <source>Work list</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>&amp;Do it…</source>
        <translation>&amp;Traiter…</translation>
    </message>
    <message>
        <source>The step this task calls for (Enter or double-click)</source>
        <translation>L&apos;étape que demande cette tâche (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Open the convention</source>
        <translation>&amp;Ouvrir la convention</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln task(s)&lt;/b&gt; on %1: what is due today and in the coming four months, the most urgent first.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln tâche&lt;/b&gt; le %1 : ce qui est à faire aujourd&apos;hui et dans les quatre mois à venir, le plus urgent d&apos;abord.</numerusform>
            <numerusform>&lt;b&gt;%Ln tâches&lt;/b&gt; le %1 : ce qui est à faire aujourd&apos;hui et dans les quatre mois à venir, le plus urgent d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Only those with something due</source>
        <translation>&amp;Uniquement celles qui ont quelque chose à faire</translation>
    </message>
    <message>
        <source>To&amp;wn:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Enter or double-click opens the latest convention</source>
        <translation>Entrée ou double-clic ouvre la dernière convention</translation>
    </message>
    <message>
        <source>No convention names this line yet.</source>
        <translation>Cette ligne ne figure encore dans aucune convention.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Record a habilitation request (art. 3-1)</source>
        <translation>Enregistrer une demande d&apos;habilitation (art. 3-1)</translation>
    </message>
    <message>
        <source>Print &amp;everything waiting…</source>
        <translation>Imprimer &amp;tout ce qui attend d&apos;être envoyé…</translation>
    </message>
    <message>
        <source>Export the &amp;habilitations in force…</source>
        <translation>Exporter les &amp;habilitations en vigueur…</translation>
    </message>
    <message>
        <source>E&amp;xport this list…</source>
        <translation>E&amp;xporter cette liste…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;To do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>&amp;Conventions</source>
        <translation>&amp;Conventions</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>F&amp;ournisseurs</translation>
    </message>
    <message>
        <source>&amp;Establishments</source>
        <translation>É&amp;tablissements</translation>
    </message>
    <message>
        <source>P&amp;ersons</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Habilis</source>
        <translation>À &amp;propos d&apos;Habilis</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Return slip of %1 read.</source>
        <translation>Coupon de la convention %1 lu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln tâche</numerusform>
            <numerusform>%Ln tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln convention(s)</source>
        <translation>
            <numerusform>%Ln convention</numerusform>
            <numerusform>%Ln conventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln fournisseur</numerusform>
            <numerusform>%Ln fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln establishment(s)</source>
        <translation>
            <numerusform>%Ln établissement</numerusform>
            <numerusform>%Ln établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>To do (%1)</source>
        <translation>À faire (%1)</translation>
    </message>
    <message>
        <source>About Habilis</source>
        <translation>À propos d&apos;Habilis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Habilis %1&lt;/h3&gt;&lt;p&gt;The conventions d&apos;habilitation informatique « Structures » of the Caf: requests, printing, signatures, habilitations, amendments, renewals and terminations.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Habilis %1&lt;/h3&gt;&lt;p&gt;Les conventions d&apos;habilitation informatique « Structures » de la Caf : demandes, impressions, signatures, habilitations, avenants, reconductions et résiliations.&lt;/p&gt;&lt;p&gt;Base de données : %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 recorded.</source>
        <translation>%1 : « %2 » enregistré.</translation>
    </message>
    <message>
        <source>%1, amendment %2: %3 recorded.</source>
        <translation>%1, avenant %2 : « %3 » enregistré.</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation>Relais SMTP</translation>
    </message>
    <message>
        <source>Password of %1 on the relay %2 (it is not kept):</source>
        <translation>Mot de passe de %1 sur le relais %2 (il n&apos;est pas conservé) :</translation>
    </message>
    <message>
        <source>Nothing was sent: the relay&apos;s password was not given.</source>
        <translation>Rien n&apos;a été envoyé : le mot de passe du relais n&apos;a pas été donné.</translation>
    </message>
    <message>
        <source>%1: nobody is waiting for a password.</source>
        <translation>%1 : personne n&apos;attend de mot de passe.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, identifier %3</source>
        <translation>%1 &lt;%2&gt;, identifiant %3</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1: %n person(s) notified.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1 : %n personne prévenue.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1 : %n personnes prévenues.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;The emails were written as drafts in %1: open them in the mail client, send them, then delete them (each holds a password).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les courriels ont été écrits comme brouillons dans %1 : ouvrez-les dans la messagerie, envoyez-les, puis supprimez-les (chacun contient un mot de passe).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not notified:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Non prévenues :&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Their passwords were not kept: &quot;Send the pending passwords&quot; draws new ones and sends them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leurs mots de passe n&apos;ont pas été conservés : « Envoyer les mots de passe en attente » en tire de nouveaux et les envoie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Passwords of %1</source>
        <translation>Mots de passe de %1</translation>
    </message>
    <message>
        <source>Request recorded: %1.</source>
        <translation>Demande enregistrée : %1.</translation>
    </message>
    <message>
        <source>Amendment %1 of %2 prepared: print it and mail it for signature.</source>
        <translation>Avenant %1 de %2 préparé : imprimez-le et envoyez-le pour signature.</translation>
    </message>
    <message>
        <source>Print the mailing pack of %1</source>
        <translation>Imprimer le pli de %1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>%1: sent to the printer.</source>
        <translation>%1 : envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the mailing pack as PDF</source>
        <translation>Enregistrer le pli en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>work-list</source>
        <translation>liste-de-travail</translation>
    </message>
    <message>
        <source>conventions</source>
        <translation>conventions</translation>
    </message>
    <message>
        <source>providers</source>
        <translation>fournisseurs</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>etablissements</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Exporter cette liste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Draw a new password for %1 and send it by email? The current one stops being the one Habilis gave.</source>
        <translation>Tirer un nouveau mot de passe pour %1 et l&apos;envoyer par courriel ? L&apos;actuel ne sera plus celui donné par Habilis.</translation>
    </message>
</context>
<context>
    <name>habilis::PersonTable</name>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>Remo&amp;ve the person</source>
        <translation>Retirer la personne</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a civility.</source>
        <translation>« %1 » n&apos;est pas une civilité.</translation>
    </message>
</context>
<context>
    <name>habilis::RepresentativeForm</name>
    <message>
        <source>Mayor, President, Director…</source>
        <translation>Maire, président(e), directeur(trice)…</translation>
    </message>
    <message>
        <source>Ci&amp;vility:</source>
        <translation>Ci&amp;vilité :</translation>
    </message>
    <message>
        <source>First na&amp;me:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Fonc&amp;tion :</translation>
    </message>
</context>
<context>
    <name>habilis::RequestDialog</name>
    <message>
        <source>New habilitation request</source>
        <translation>Nouvelle demande d&apos;habilitation</translation>
    </message>
    <message>
        <source>&amp;Discard the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ca&amp;f:</source>
        <translation>Ca&amp;f :</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Date de &amp;réception :</translation>
    </message>
    <message>
        <source>Name as on the convention</source>
        <translation>Nom tel qu&apos;il figurera sur la convention</translation>
    </message>
    <message>
        <source>14 digits (SIRET) or 9 (SIREN)</source>
        <translation>14 chiffres (SIRET) ou 9 (SIREN)</translation>
    </message>
    <message>
        <source>contact@example.fr</source>
        <translation>contact@exemple.fr</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;SIRET or SIREN:</source>
        <translation>&amp;SIRET ou SIREN :</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Data provider</source>
        <translation>Fournisseur de données</translation>
    </message>
    <message>
        <source>Representative (signs the convention)</source>
        <translation>Représentant (signataire de la convention)</translation>
    </message>
    <message>
        <source>Address (NF Z10-011)</source>
        <translation>Adresse (NF Z10-011)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The agents the provider names, as they will appear in Annex 1.</source>
        <translation>Les agents que le fournisseur désigne, tels qu&apos;ils figureront à l&apos;annexe 1.</translation>
    </message>
    <message>
        <source>The establishments and what the provider may publish for each on monenfant.fr: its functioning information, and for an EAJE its free places.</source>
        <translation>Les établissements et ce que le fournisseur peut publier pour chacun sur monenfant.fr : ses informations de fonctionnement et, pour un EAJE, ses places disponibles.</translation>
    </message>
    <message>
        <source>&amp;Record the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>Closes; what is typed stays as a draft for next time.</source>
        <translation>Ferme la fenêtre ; la saisie est conservée en brouillon pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Empties the form and deletes its draft.</source>
        <translation>Vide le formulaire et supprime son brouillon.</translation>
    </message>
    <message>
        <source>establishment types</source>
        <translation>types d&apos;établissement</translation>
    </message>
    <message>
        <source>Persons (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Establishments (%1)</source>
        <translation>Établissements (%1)</translation>
    </message>
    <message>
        <source>The draft cannot be saved in %1: %2. Record the request before closing.</source>
        <translation>Le brouillon ne peut pas être enregistré dans %1 : %2. Enregistrez la demande avant de fermer.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read; it will be replaced by what you type.</source>
        <translation>Le brouillon %1 est illisible ; il sera remplacé par votre saisie.</translation>
    </message>
    <message>
        <source>A draft of %1 was restored.</source>
        <translation>Le brouillon du %1 a été restauré.</translation>
    </message>
    <message>
        <source>What is still wrong</source>
        <translation>Ce qui reste à corriger</translation>
    </message>
</context>
<context>
    <name>habilis::ServerForm</name>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>for example pg.caf73.local</source>
        <translation>par exemple pg.caf73.local</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Utilisateur de la base</translation>
    </message>
    <message>
        <source>your login, if left empty</source>
        <translation>votre identifiant de session, si vide</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Uti&amp;lisateur :</translation>
    </message>
    <message>
        <source>server host</source>
        <translation>hôte du serveur</translation>
    </message>
    <message>
        <source>give the name or address of the server.</source>
        <translation>indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a space: a host name has none.</source>
        <translation>« %1 » contient une espace : un nom d&apos;hôte n&apos;en a pas.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>give the name of the database.</source>
        <translation>indiquez le nom de la base.</translation>
    </message>
    <message>
        <source>Habilis</source>
        <translation>Habilis</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL database:
%1</source>
        <translation>Mot de passe de la base PostgreSQL :
%1</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>No&amp;m de la base :</translation>
    </message>
</context>
<context>
    <name>habilis::SettingsDialog</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>templates folder</source>
        <translation>dossier des modèles</translation>
    </message>
    <message>
        <source>choose a folder, or the built-in templates.</source>
        <translation>choisissez un dossier, ou les modèles d&apos;Habilis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>« %1 » n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read: %2.</source>
        <translation>Le modèle %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Caf</source>
        <translation>&amp;Caf</translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation>P&amp;rocédure</translation>
    </message>
    <message>
        <source>Passwords and &amp;emails</source>
        <translation>Mots de passe et c&amp;ourriels</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Doc&amp;uments</translation>
    </message>
    <message>
        <source>Why the settings cannot be saved</source>
        <translation>Pourquoi les réglages ne peuvent pas être enregistrés</translation>
    </message>
    <message>
        <source>This workstation has no Caf profile yet: fill in the one of your Caf. It signs the conventions and heads the letters.</source>
        <translation>Ce poste n&apos;a pas encore de profil de Caf : renseignez celui de votre Caf. Elle signe les conventions et figure en tête des courriers.</translation>
    </message>
    <message>
        <source>Reminder delay in days</source>
        <translation>Délai de relance en jours</translation>
    </message>
    <message>
        <source> days after the mailing</source>
        <translation> jours après l&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Reminder due:</source>
        <translation>Relance à &amp;faire :</translation>
    </message>
    <message>
        <source>A convention mailed and not returned after this delay appears in the work list: send a reminder, then cancel it if it never comes back.</source>
        <translation>Une convention envoyée et non retournée après ce délai apparaît dans la liste « À faire » : envoyez une relance, puis annulez-la si elle ne revient jamais.</translation>
    </message>
    <message>
        <source>Length of the initial passwords</source>
        <translation>Longueur des mots de passe initiaux</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Send the identifier and the password in &amp;two separate emails</source>
        <translation>Envoyer l&apos;identifiant et le mot de passe dans &amp;deux courriels séparés</translation>
    </message>
    <message>
        <source>Two separate emails</source>
        <translation>Deux courriels séparés</translation>
    </message>
    <message>
        <source>Initial &amp;password length:</source>
        <translation>Longueur des mots de &amp;passe initiaux :</translation>
    </message>
    <message>
        <source>The convention gives 8 characters. The CNIL&apos;s 2022 recommendation on passwords asks for more entropy than 8 letters and digits give: choose 12 or more.</source>
        <translation>La convention prévoit 8 caractères. La recommandation de la CNIL de 2022 sur les mots de passe demande plus d&apos;entropie que n&apos;en donnent 8 lettres et chiffres : choisissez 12 ou plus.</translation>
    </message>
    <message>
        <source>SMTP relay of the Caf</source>
        <translation>Relais SMTP de la Caf</translation>
    </message>
    <message>
        <source>SMTP relay host</source>
        <translation>Hôte du relais SMTP</translation>
    </message>
    <message>
        <source>none: the notices are written as .eml drafts</source>
        <translation>aucun : les courriels sont écrits en brouillons .eml</translation>
    </message>
    <message>
        <source>SMTP relay port</source>
        <translation>Port du relais SMTP</translation>
    </message>
    <message>
        <source>usual port (587 STARTTLS, 465 TLS, 25 none)</source>
        <translation>port habituel (587 STARTTLS, 465 TLS, 25 sans)</translation>
    </message>
    <message>
        <source>SMTP relay security</source>
        <translation>Sécurité du relais SMTP</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS dès la connexion</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>SMTP relay login</source>
        <translation>Identifiant sur le relais SMTP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse d&apos;expédition</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Por&amp;t :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>Adresse d&apos;e&amp;xpédition :</translation>
    </message>
    <message>
        <source>The relay&apos;s password is never stored: Habilis asks for it when sending, or takes it from the environment variable HABILIS_SMTP_PASSWORD.</source>
        <translation>Le mot de passe du relais n&apos;est jamais enregistré : Habilis le demande à l&apos;envoi, ou le lit dans la variable d&apos;environnement HABILIS_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Templates of the documents</source>
        <translation>Modèles des documents</translation>
    </message>
    <message>
        <source>&amp;Built-in templates</source>
        <translation>&amp;Modèles d&apos;Habilis</translation>
    </message>
    <message>
        <source>The Caf&apos;s own templates, from the &amp;folder:</source>
        <translation>Modèles propres à la Caf, dans le &amp;dossier :</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Dossier des modèles</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>A file of the folder named as a built-in template (convention.html, lettre-envoi.html, en-tete.html…) replaces it; the others stay built-in. The built-in files are installed in share/habilis/templates to start from.</source>
        <translation>Un fichier du dossier qui porte le nom d&apos;un modèle d&apos;Habilis (convention.html, lettre-envoi.html, en-tete.html…) le remplace ; pour les autres, les modèles d&apos;Habilis restent utilisés. Les fichiers d&apos;Habilis sont installés dans share/habilis/templates pour servir de point de départ.</translation>
    </message>
    <message>
        <source>Envelope window</source>
        <translation>Fenêtre de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Envelope window, from the left</source>
        <translation>Fenêtre de l&apos;enveloppe, depuis la gauche</translation>
    </message>
    <message>
        <source>Envelope window, from the top</source>
        <translation>Fenêtre de l&apos;enveloppe, depuis le haut</translation>
    </message>
    <message>
        <source>Envelope window, width</source>
        <translation>Fenêtre de l&apos;enveloppe, largeur</translation>
    </message>
    <message>
        <source>Envelope window, height</source>
        <translation>Fenêtre de l&apos;enveloppe, hauteur</translation>
    </message>
    <message>
        <source>DL &amp;envelope</source>
        <translation>&amp;Enveloppe DL</translation>
    </message>
    <message>
        <source>The usual window of a DL envelope: 100 mm from the left, 35 mm from the top, 100 × 45 mm.</source>
        <translation>La fenêtre habituelle d&apos;une enveloppe DL : à 100 mm de la gauche et 35 mm du haut, 100 × 45 mm.</translation>
    </message>
    <message>
        <source>Where the address block is printed on the letters, in millimetres from the top-left corner of the A4 page.</source>
        <translation>Où le bloc d&apos;adresse est imprimé sur les courriers, en millimètres depuis le coin supérieur gauche de la page A4.</translation>
    </message>
    <message>
        <source>From the &amp;left:</source>
        <translation>Depuis la &amp;gauche :</translation>
    </message>
    <message>
        <source>From the &amp;top:</source>
        <translation>Depuis le &amp;haut :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Hau&amp;teur :</translation>
    </message>
    <message>
        <source>the Caf&apos;s email</source>
        <translation>le courriel de la Caf</translation>
    </message>
    <message>
        <source>Named by --db when Habilis was started, for this time only. habilis-cli uses %1 unless it is given --db.</source>
        <translation>Indiqué par --db au lancement d&apos;Habilis, pour cette fois seulement. habilis-cli utilise %1, sauf si on lui donne --db.</translation>
    </message>
    <message>
        <source>Named by the environment variable HABILIS_DB. habilis-cli uses the same file.</source>
        <translation>Indiqué par la variable d&apos;environnement HABILIS_DB. habilis-cli utilise le même fichier.</translation>
    </message>
    <message>
        <source>Chosen at the first start and remembered on this workstation. habilis-cli uses the same file.</source>
        <translation>Choisi au premier démarrage et mémorisé sur ce poste. habilis-cli utilise le même fichier.</translation>
    </message>
    <message>
        <source>The usual file, in the user&apos;s data folder. habilis-cli uses the same file.</source>
        <translation>Le fichier habituel, dans le dossier de données de l&apos;utilisateur. habilis-cli utilise le même fichier.</translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation>Serveur PostgreSQL : %1</translation>
    </message>
    <message>
        <source>Chosen for this workstation. habilis-cli uses the same server.</source>
        <translation>Choisi pour ce poste. habilis-cli utilise le même serveur.</translation>
    </message>
    <message>
        <source>Named by --pg or HABILIS_PG when Habilis was started. habilis-cli uses %1 unless it is given --pg.</source>
        <translation>Désigné par --pg ou HABILIS_PG au démarrage de Habilis. habilis-cli utilise %1, sauf si on lui donne --pg.</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>Base de donnée&amp;s</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>In &amp;use:</source>
        <translation>En ser&amp;vice :</translation>
    </message>
    <message>
        <source>This workstation&apos;s database, from the next start</source>
        <translation>Base de données de ce poste, à partir du prochain démarrage</translation>
    </message>
    <message>
        <source>A &amp;file on this workstation (SQLite)</source>
        <translation>Un &amp;fichier sur ce poste (SQLite)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>Habilis database (*.sqlite);;All files (*)</source>
        <translation>Base Habilis (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;shared server (PostgreSQL)</source>
        <translation>Le serveur partagé du s&amp;ervice (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>For this workstation and habilis-cli; Habilis opens it at its next start. SQLite is for one workstation; officers working together share the server. The server&apos;s password is never saved: libpq reads it from PGPASSWORD, ~/.pgpass or a service file, or Habilis asks for it at each start. To move this workstation&apos;s data to the server: habilis-cli db copy --from FILE --to pg:&quot;…&quot;.</source>
        <translation>Pour ce poste et habilis-cli ; Habilis l&apos;ouvre à son prochain démarrage. SQLite convient à un seul poste ; des agents qui travaillent ensemble partagent le serveur. Le mot de passe du serveur n&apos;est jamais enregistré : libpq le lit dans PGPASSWORD, ~/.pgpass ou un fichier de service, sinon Habilis le demande à chaque démarrage. Pour copier les données de ce poste sur le serveur : habilis-cli db copy --from FICHIER --to pg:&quot;…&quot;.</translation>
    </message>
    <message>
        <source>Reached. The database is empty: Habilis asks for the Caf profile at the next start.</source>
        <translation>Connexion réussie. La base est vide : Habilis demandera le profil de la Caf au prochain démarrage.</translation>
    </message>
    <message numerus="yes">
        <source>Reached: %1, %Ln convention(s).</source>
        <translation>
            <numerusform>Connexion réussie : %1, %Ln convention.</numerusform>
            <numerusform>Connexion réussie : %1, %Ln conventions.</numerusform>
        </translation>
    </message>
    <message>
        <source>the Caf profile</source>
        <translation>le profil de la Caf</translation>
    </message>
    <message>
        <source>the reminder delay</source>
        <translation>le délai de relance</translation>
    </message>
    <message>
        <source>the passwords and emails</source>
        <translation>les mots de passe et courriels</translation>
    </message>
    <message>
        <source>the templates folder</source>
        <translation>le dossier des modèles</translation>
    </message>
    <message>
        <source>the envelope window</source>
        <translation>la fenêtre d&apos;enveloppe</translation>
    </message>
    <message>
        <source>The server was not reached: no password was given.</source>
        <translation>Le serveur n&apos;a pas été joint : aucun mot de passe n&apos;a été donné.</translation>
    </message>
    <message>
        <source>Another officer changed %1 since these settings were opened: nothing was saved. Cancel, then open the settings again to see the values saved.</source>
        <translation>Un autre agent a modifié %1 depuis l&apos;ouverture de ces réglages : rien n&apos;a été enregistré. Annulez, puis rouvrez les réglages pour voir les valeurs enregistrées.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>habilis::StepDialog</name>
    <message>
        <source>The convention %1 has no amendment %2.</source>
        <translation>La convention %1 n&apos;a pas d&apos;avenant %2.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Checked on:</source>
        <translation>Date de &amp;vérification :</translation>
    </message>
    <message>
        <source>&amp;Rejected on:</source>
        <translation>Date de &amp;rejet :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Printed on:</source>
        <translation>Date d&apos;&amp;impression :</translation>
    </message>
    <message>
        <source>&amp;Posted on:</source>
        <translation>&amp;Date d&apos;envoi :</translation>
    </message>
    <message>
        <source>&amp;Tracking number (optional):</source>
        <translation>Numéro de &amp;suivi (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Date de &amp;réception :</translation>
    </message>
    <message>
        <source>Signed by the provider &amp;on:</source>
        <translation>Date de signature du &amp;fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Signataire :</translation>
    </message>
    <message>
        <source>A council &amp;deliberation authorised it, on:</source>
        <translation>Une &amp;délibération du conseil a autorisé la signature, le :</translation>
    </message>
    <message>
        <source>Deliberation date</source>
        <translation>Date de la délibération</translation>
    </message>
    <message>
        <source>&amp;Prefecture acknowledgement (optional):</source>
        <translation>Accusé de réception en &amp;préfecture (facultatif) :</translation>
    </message>
    <message>
        <source>Countersigned &amp;on:</source>
        <translation>Date de &amp;contresignature :</translation>
    </message>
    <message>
        <source>&amp;Signed for the Caf by:</source>
        <translation>&amp;Signataire pour la Caf :</translation>
    </message>
    <message>
        <source>&amp;Activated on:</source>
        <translation>Date d&apos;&amp;activation :</translation>
    </message>
    <message>
        <source>Reminder &amp;sent on:</source>
        <translation>Date de &amp;relance :</translation>
    </message>
    <message>
        <source>&amp;Cancelled on:</source>
        <translation>Date d&apos;&amp;annulation :</translation>
    </message>
    <message>
        <source>The provider (its registered letter reached the Caf)</source>
        <translation>Le fournisseur (sa lettre recommandée est parvenue à la Caf)</translation>
    </message>
    <message>
        <source>The Caf (its registered letter reached the provider)</source>
        <translation>La Caf (sa lettre recommandée est parvenue au fournisseur)</translation>
    </message>
    <message>
        <source>Notice &amp;given by:</source>
        <translation>Préavis &amp;donné par :</translation>
    </message>
    <message>
        <source>Registered &amp;letter number:</source>
        <translation>Numéro de la &amp;lettre recommandée :</translation>
    </message>
    <message>
        <source>Letter &amp;sent on:</source>
        <translation>Lettre en&amp;voyée le :</translation>
    </message>
    <message>
        <source>Letter sent on</source>
        <translation>Lettre envoyée le</translation>
    </message>
    <message>
        <source>Notice &amp;received on:</source>
        <translation>Date de &amp;réception du préavis :</translation>
    </message>
    <message>
        <source>Why it cannot be recorded</source>
        <translation>Pourquoi l&apos;enregistrement est impossible</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The convention takes effect on %1 and renews tacitly every year on that day; the first anniversary is %2.</source>
        <translation>La convention prend effet le %1 et se renouvelle par tacite reconduction chaque année à cette date ; la première date anniversaire est le %2.</translation>
    </message>
    <message>
        <source>The new annex is in force from %1.</source>
        <translation>La nouvelle annexe est en vigueur à compter du %1.</translation>
    </message>
    <message>
        <source>The convention stays in force until %1 and ends on %2 (three months&apos; notice before the anniversary).</source>
        <translation>La convention reste en vigueur jusqu&apos;au %1 et prend fin le %2 (préavis de trois mois avant la date anniversaire).</translation>
    </message>
    <message>
        <source>Every person of the annex in force receives an identifier and a random password to change at first login.</source>
        <translation>Chaque personne de l&apos;annexe en vigueur reçoit un identifiant et un mot de passe aléatoire à changer à la première connexion.</translation>
    </message>
    <message>
        <source>Notice given by</source>
        <translation>Préavis donné par</translation>
    </message>
</context>
<context>
    <name>habilis::WorkListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
</TS>
