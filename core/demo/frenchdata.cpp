#include "frenchdata.h"

// Real data of France, written once: départements and their Caf, communes and postcodes, and
// the names of people, streets and places the demo dataset draws from.

namespace habilis::demo {

namespace {

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// code;name;Caf name;prefecture;prefecture postcode, one per line.
const char kDepartements[] =
    "01;Ain;Caf de l'Ain;Bourg-en-Bresse;01000|02;Aisne;Caf de l'Aisne;Laon;02000|"
    "03;Allier;Caf de l'Allier;Moulins;03000|"
    "04;Alpes-de-Haute-Provence;Caf des Alpes-de-Haute-Provence;Digne-les-Bains;04000|"
    "05;Hautes-Alpes;Caf des Hautes-Alpes;Gap;05000|"
    "06;Alpes-Maritimes;Caf des Alpes-Maritimes;Nice;06000|"
    "07;Ardèche;Caf de l'Ardèche;Privas;07000|08;Ardennes;Caf des "
    "Ardennes;Charleville-Mézières;08000|"
    "09;Ariège;Caf de l'Ariège;Foix;09000|10;Aube;Caf de l'Aube;Troyes;10000|"
    "11;Aude;Caf de l'Aude;Carcassonne;11000|12;Aveyron;Caf de l'Aveyron;Rodez;12000|"
    "13;Bouches-du-Rhône;Caf des Bouches-du-Rhône;Marseille;13001|"
    "14;Calvados;Caf du Calvados;Caen;14000|15;Cantal;Caf du Cantal;Aurillac;15000|"
    "16;Charente;Caf de la Charente;Angoulême;16000|"
    "17;Charente-Maritime;Caf de la Charente-Maritime;La Rochelle;17000|"
    "18;Cher;Caf du Cher;Bourges;18000|19;Corrèze;Caf de la Corrèze;Tulle;19000|"
    "2A;Corse-du-Sud;Caf de la Corse-du-Sud;Ajaccio;20000|"
    "2B;Haute-Corse;Caf de la Haute-Corse;Bastia;20200|"
    "21;Côte-d'Or;Caf de la Côte-d'Or;Dijon;21000|"
    "22;Côtes-d'Armor;Caf des Côtes-d'Armor;Saint-Brieuc;22000|"
    "23;Creuse;Caf de la Creuse;Guéret;23000|24;Dordogne;Caf de la Dordogne;Périgueux;24000|"
    "25;Doubs;Caf du Doubs;Besançon;25000|26;Drôme;Caf de la Drôme;Valence;26000|"
    "27;Eure;Caf de l'Eure;Évreux;27000|28;Eure-et-Loir;Caf d'Eure-et-Loir;Chartres;28000|"
    "29;Finistère;Caf du Finistère;Quimper;29000|30;Gard;Caf du Gard;Nîmes;30000|"
    "31;Haute-Garonne;Caf de la Haute-Garonne;Toulouse;31000|32;Gers;Caf du Gers;Auch;32000|"
    "33;Gironde;Caf de la Gironde;Bordeaux;33000|34;Hérault;Caf de l'Hérault;Montpellier;34000|"
    "35;Ille-et-Vilaine;Caf d'Ille-et-Vilaine;Rennes;35000|"
    "36;Indre;Caf de l'Indre;Châteauroux;36000|37;Indre-et-Loire;Caf d'Indre-et-Loire;Tours;37000|"
    "38;Isère;Caf de l'Isère;Grenoble;38000|39;Jura;Caf du Jura;Lons-le-Saunier;39000|"
    "40;Landes;Caf des Landes;Mont-de-Marsan;40000|41;Loir-et-Cher;Caf de Loir-et-Cher;Blois;41000|"
    "42;Loire;Caf de la Loire;Saint-Étienne;42000|"
    "43;Haute-Loire;Caf de la Haute-Loire;Le Puy-en-Velay;43000|"
    "44;Loire-Atlantique;Caf de la Loire-Atlantique;Nantes;44000|"
    "45;Loiret;Caf du Loiret;Orléans;45000|46;Lot;Caf du Lot;Cahors;46000|"
    "47;Lot-et-Garonne;Caf de Lot-et-Garonne;Agen;47000|48;Lozère;Caf de la Lozère;Mende;48000|"
    "49;Maine-et-Loire;Caf de Maine-et-Loire;Angers;49000|50;Manche;Caf de la "
    "Manche;Saint-Lô;50000|"
    "51;Marne;Caf de la Marne;Châlons-en-Champagne;51000|"
    "52;Haute-Marne;Caf de la Haute-Marne;Chaumont;52000|53;Mayenne;Caf de la Mayenne;Laval;53000|"
    "54;Meurthe-et-Moselle;Caf de Meurthe-et-Moselle;Nancy;54000|"
    "55;Meuse;Caf de la Meuse;Bar-le-Duc;55000|56;Morbihan;Caf du Morbihan;Vannes;56000|"
    "57;Moselle;Caf de la Moselle;Metz;57000|58;Nièvre;Caf de la Nièvre;Nevers;58000|"
    "59;Nord;Caf du Nord;Lille;59000|60;Oise;Caf de l'Oise;Beauvais;60000|"
    "61;Orne;Caf de l'Orne;Alençon;61000|62;Pas-de-Calais;Caf du Pas-de-Calais;Arras;62000|"
    "63;Puy-de-Dôme;Caf du Puy-de-Dôme;Clermont-Ferrand;63000|"
    "64;Pyrénées-Atlantiques;Caf des Pyrénées-Atlantiques;Pau;64000|"
    "65;Hautes-Pyrénées;Caf des Hautes-Pyrénées;Tarbes;65000|"
    "66;Pyrénées-Orientales;Caf des Pyrénées-Orientales;Perpignan;66000|"
    "67;Bas-Rhin;Caf du Bas-Rhin;Strasbourg;67000|68;Haut-Rhin;Caf du Haut-Rhin;Colmar;68000|"
    "69;Rhône;Caf du Rhône;Lyon;69001|70;Haute-Saône;Caf de la Haute-Saône;Vesoul;70000|"
    "71;Saône-et-Loire;Caf de Saône-et-Loire;Mâcon;71000|72;Sarthe;Caf de la Sarthe;Le Mans;72000|"
    "73;Savoie;Caf de la Savoie;Chambéry;73000|74;Haute-Savoie;Caf de la Haute-Savoie;Annecy;74000|"
    "75;Paris;Caf de Paris;Paris;75012|76;Seine-Maritime;Caf de la Seine-Maritime;Rouen;76000|"
    "77;Seine-et-Marne;Caf de Seine-et-Marne;Melun;77000|78;Yvelines;Caf des "
    "Yvelines;Versailles;78000|"
    "79;Deux-Sèvres;Caf des Deux-Sèvres;Niort;79000|80;Somme;Caf de la Somme;Amiens;80000|"
    "81;Tarn;Caf du Tarn;Albi;81000|82;Tarn-et-Garonne;Caf de Tarn-et-Garonne;Montauban;82000|"
    "83;Var;Caf du Var;Toulon;83000|84;Vaucluse;Caf de Vaucluse;Avignon;84000|"
    "85;Vendée;Caf de la Vendée;La Roche-sur-Yon;85000|86;Vienne;Caf de la Vienne;Poitiers;86000|"
    "87;Haute-Vienne;Caf de la Haute-Vienne;Limoges;87000|88;Vosges;Caf des Vosges;Épinal;88000|"
    "89;Yonne;Caf de l'Yonne;Auxerre;89000|"
    "90;Territoire de Belfort;Caf du Territoire de Belfort;Belfort;90000|"
    "91;Essonne;Caf de l'Essonne;Évry-Courcouronnes;91000|"
    "92;Hauts-de-Seine;Caf des Hauts-de-Seine;Nanterre;92000|"
    "93;Seine-Saint-Denis;Caf de la Seine-Saint-Denis;Bobigny;93000|"
    "94;Val-de-Marne;Caf du Val-de-Marne;Créteil;94000|95;Val-d'Oise;Caf du Val-d'Oise;Cergy;95000|"
    "971;Guadeloupe;Caf de la Guadeloupe;Basse-Terre;97100|"
    "972;Martinique;Caf de la Martinique;Fort-de-France;97200|"
    "973;Guyane;Caf de la Guyane;Cayenne;97300|974;La Réunion;Caf de la Réunion;Saint-Denis;97400|"
    "976;Mayotte;Caf de Mayotte;Mamoudzou;97600";

// Communes other than the prefectures: name;postcode.
const char kTowns[] =
    "Oyonnax;01100|Belley;01300|Ambérieu-en-Bugey;01500|Saint-Quentin;02100|Soissons;02200|"
    "Château-Thierry;02400|Montluçon;03100|Vichy;03200|Manosque;04100|Sisteron;04200|"
    "Briançon;05100|Embrun;05200|Cannes;06400|Antibes;06600|Grasse;06130|Annonay;07100|"
    "Aubenas;07200|Sedan;08200|Rethel;08300|Pamiers;09100|Saint-Girons;09200|"
    "Romilly-sur-Seine;10100|Bar-sur-Aube;10200|Narbonne;11100|Castelnaudary;11400|Millau;12100|"
    "Villefranche-de-Rouergue;12200|Aix-en-Provence;13100|Arles;13200|Martigues;13500|"
    "Lisieux;14100|Bayeux;14400|Saint-Flour;15100|Mauriac;15200|Cognac;16100|Confolens;16500|"
    "Saintes;17100|Rochefort;17300|Royan;17200|Vierzon;18100|Saint-Amand-Montrond;18200|"
    "Brive-la-Gaillarde;19100|Ussel;19200|Porto-Vecchio;20137|Sartène;20100|Corte;20250|"
    "Calvi;20260|Beaune;21200|Montbard;21500|Lannion;22300|Dinan;22100|Guingamp;22200|"
    "Aubusson;23200|La Souterraine;23300|Bergerac;24100|Sarlat-la-Canéda;24200|"
    "Montbéliard;25200|Pontarlier;25300|Montélimar;26200|Romans-sur-Isère;26100|Vernon;27200|"
    "Louviers;27400|Les Andelys;27700|Dreux;28100|Châteaudun;28200|Brest;29200|Morlaix;29600|"
    "Concarneau;29900|Alès;30100|Bagnols-sur-Cèze;30200|Muret;31600|Saint-Gaudens;31800|"
    "Colomiers;31770|Condom;32100|Mirande;32300|Mérignac;33700|Libourne;33500|Arcachon;33120|"
    "Béziers;34500|Sète;34200|Lodève;34700|Saint-Malo;35400|Fougères;35300|Vitré;35500|"
    "Issoudun;36100|Le Blanc;36300|Amboise;37400|Chinon;37500|Loches;37600|Vienne;38200|"
    "Voiron;38500|Bourgoin-Jallieu;38300|Dole;39100|Saint-Claude;39200|Dax;40100|"
    "Biscarrosse;40600|Vendôme;41100|Romorantin-Lanthenay;41200|Roanne;42300|Montbrison;42600|"
    "Brioude;43100|Yssingeaux;43200|Saint-Nazaire;44600|Châteaubriant;44110|Rezé;44400|"
    "Montargis;45200|Pithiviers;45300|Gien;45500|Figeac;46100|Gourdon;46300|"
    "Villeneuve-sur-Lot;47300|Marmande;47200|Nérac;47600|Marvejols;48100|"
    "Florac Trois Rivières;48400|Langogne;48300|Cholet;49300|Saumur;49400|"
    "Segré-en-Anjou Bleu;49500|Cherbourg-en-Cotentin;50100|Coutances;50200|Avranches;50300|"
    "Reims;51100|Épernay;51200|Vitry-le-François;51300|Saint-Dizier;52100|Langres;52200|"
    "Mayenne;53100|Château-Gontier-sur-Mayenne;53200|Lunéville;54300|Toul;54200|Longwy;54400|"
    "Verdun;55100|Commercy;55200|Lorient;56100|Pontivy;56300|Ploërmel;56800|Thionville;57100|"
    "Sarreguemines;57200|Forbach;57600|Cosne-Cours-sur-Loire;58200|Clamecy;58500|Roubaix;59100|"
    "Dunkerque;59140|Valenciennes;59300|Cambrai;59400|Compiègne;60200|Creil;60100|Senlis;60300|"
    "Argentan;61200|Flers;61100|L'Aigle;61300|Calais;62100|Boulogne-sur-Mer;62200|Lens;62300|"
    "Riom;63200|Thiers;63300|Issoire;63500|Bayonne;64100|Biarritz;64200|"
    "Oloron-Sainte-Marie;64400|Lourdes;65100|Bagnères-de-Bigorre;65200|Céret;66400|"
    "Prades;66500|Argelès-sur-Mer;66700|Haguenau;67500|Sélestat;67600|Saverne;67700|"
    "Mulhouse;68100|Guebwiller;68500|Saint-Louis;68300|Villeurbanne;69100|"
    "Villefranche-sur-Saône;69400|Vénissieux;69200|Lure;70200|Gray;70100|Luxeuil-les-Bains;70300|"
    "Chalon-sur-Saône;71100|Le Creusot;71200|Autun;71400|La Flèche;72200|Sablé-sur-Sarthe;72300|"
    "Mamers;72600|Albertville;73200|Aix-les-Bains;73100|Saint-Jean-de-Maurienne;73300|"
    "Porte-de-Savoie;73800|Thonon-les-Bains;74200|Annemasse;74100|Bonneville;74130|"
    "Le Havre;76600|Dieppe;76200|Fécamp;76400|Meaux;77100|Fontainebleau;77300|Provins;77160|"
    "Saint-Germain-en-Laye;78100|Rambouillet;78120|Mantes-la-Jolie;78200|Bressuire;79300|"
    "Parthenay;79200|Abbeville;80100|Péronne;80200|Castres;81100|Gaillac;81600|Moissac;82200|"
    "Castelsarrasin;82100|Caussade;82300|Draguignan;83300|Fréjus;83600|Hyères;83400|"
    "Carpentras;84200|Apt;84400|Orange;84100|Les Sables-d'Olonne;85100|Fontenay-le-Comte;85200|"
    "Châtellerault;86100|Montmorillon;86500|Saint-Junien;87200|Bellac;87300|"
    "Saint-Dié-des-Vosges;88100|Neufchâteau;88300|Sens;89100|Avallon;89200|Delle;90100|"
    "Valdoie;90300|Étampes;91150|Palaiseau;91120|Massy;91300|Boulogne-Billancourt;92100|"
    "Antony;92160|Colombes;92700|Saint-Denis;93200|Montreuil;93100|Aubervilliers;93300|"
    "Vitry-sur-Seine;94400|Nogent-sur-Marne;94130|L'Haÿ-les-Roses;94240|Argenteuil;95100|"
    "Pontoise;95300|Sarcelles;95200|Pointe-à-Pitre;97110|Les Abymes;97139|Le Lamentin;97232|"
    "Le Robert;97222|Saint-Laurent-du-Maroni;97320|Kourou;97310|Saint-Pierre;97410|"
    "Saint-Paul;97460|Le Tampon;97430|Dzaoudzi;97615|Dembéni;97660|Paris;75011|Paris;75018";

const char kStreets[] =
    "rue Victor Hugo|avenue de la République|place de l'Église|chemin des Écoliers|route de Laujol|"
    "rue Jean Jaurès|boulevard Gambetta|rue de la Mairie|place du Marché|rue Pasteur|"
    "avenue du Général de Gaulle|rue des Écoles|impasse des Tilleuls|rue de la Gare|"
    "allée des Peupliers|rue Émile Zola|rue du Château|avenue Jean Moulin|rue des Lilas|"
    "rue de l'Hôtel de Ville|place de la Libération|rue Anatole France|rue du 8 Mai 1945|"
    "chemin de la Fontaine|rue des Prés|rue Gustave Eiffel|rue Saint-Exupéry|rue des Vergers|"
    "avenue des Alpes|rue du Moulin|rue de la Paix|quai des Bateliers|rue Louise Michel|"
    "rue Simone Veil|rue Marie Curie|rue Jules Ferry|rue de la Solidarité|faubourg Sainte-Blanche|"
    "boulevard Montebello|rue François Mitterrand|chemin du Stade|rue des Jardins|"
    "rue de l'Abbé Pierre|avenue de Verdun|rue d'Alsace|rue du Docteur Roux|place Carnot|"
    "rue Voltaire|rue George Sand|rue Condorcet";

const char kFemale[] =
    "Hélène|Éloïse|Anaïs|Marie-Ange|Zoé|Chloé|Léa|Camille|Manon|Inès|Océane|Sarah|Julie|Émilie|"
    "Aurélie|Céline|Sophie|Nathalie|Isabelle|Sandrine|Valérie|Stéphanie|Christelle|Laëtitia|"
    "Mélanie|Élodie|Virginie|Audrey|Caroline|Charlotte|Margaux|Juliette|Louise|Alice|Jeanne|"
    "Agnès|Bérénice|Maëlle|Noémie|Gaëlle|Solène|Françoise|Monique|Sylvie|Corinne|Véronique|"
    "Marie-Claire|Anne-Sophie|Marie-Hélène|Fatima|Amina|Yasmine|Leïla|Aïcha|Nadia|Samira|"
    "Fanny|Pauline|Amandine|Lucie|Clémence|Justine|Marion|Estelle|Séverine|Mylène|Régine|"
    "Ghislaine|Josiane|Brigitte|Dominique|Claire|Laure|Ophélie|Capucine|Rose|Jade|Lina|Mia";

const char kMale[] =
    "Jérôme|François|Loïc|Jean-Baptiste|Noé|Sébastien|Romain|Simon|Vincent|Franck|Nicolas|"
    "Julien|Mathieu|Thomas|Olivier|Stéphane|Frédéric|Cédric|Grégory|Jérémy|Benoît|Hervé|"
    "Pascal|Thierry|Éric|Gérard|Michel|Philippe|Laurent|Christophe|Arnaud|Guillaume|Maxime|"
    "Antoine|Hugo|Lucas|Théo|Raphaël|Gaël|Yannick|Mickaël|Anthony|Kévin|Florian|Adrien|"
    "Jean-Luc|Jean-Marie|Pierre-Yves|Jean-François|Karim|Mehdi|Rachid|Youssef|Mamadou|Moussa|"
    "Ghislain|Lionel|Serge|Daniel|Patrick|Gilbert|André|Roger|Yves|Denis|Bruno|Xavier|Cyril|"
    "Bastien|Clément|Quentin|Valentin|Joël|Léon|Émile|Gabriel|Louis|Arthur|Jules";

const char kLast[] =
    "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
    "Lefèvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|André|Lefebvre|"
    "Mercier|Dupont|Lambert|Bonnet|François|Martinez|Legrand|Garnier|Faure|Rousseau|Blanc|"
    "Guérin|Muller|Henry|Roussel|Nicolas|Perrin|Morin|Mathieu|Clément|Gauthier|Dumont|Lopez|"
    "Fontaine|Chevalier|Robin|Masson|Sanchez|Gérard|Nguyen|Boyer|Denis|Lemaire|Duval|Joly|"
    "Gautier|Roger|Roche|Roy|Noël|Meyer|Lucas|Meunier|Jean|Pérez|Marchand|Dufour|Blanchard|"
    "Marie|Barbier|Brun|Dumas|Brunet|Schmitt|Leroux|Colin|Fernandez|Pierre|Renard|Arnaud|"
    "Rolland|Caron|Aubert|Giraud|Leclerc|Vidal|Bourgeois|Renaud|Lemoine|Picard|Gaillard|"
    "Philippe|Leclercq|Lacroix|Fabre|Dupuis|Olivier|Rodriguez|Da Silva|Hubert|Louis|Charles|"
    "Guillot|Rivière|Le Gall|Guillaume|Adam|Rey|Moulin|Gonzalez|Berger|Lecomte|Ménard|Fleury|"
    "Deschamps|Carpentier|Julien|Benoît|Paris|Maillard|Marchal|Aubry|Vasseur|Le Roux|Renault|"
    "Jacquet|Collet|Prévost|Poirier|Charpentier|Royer|Huet|Baron|Dupuy|Pons|Paul|Laine|Carré|"
    "Breton|Rémy|Schneider|Perrot|Guyot|Barre|Marty|Cousin|Le Cerf|D'Angelo|N'Diaye|D'Almeida|"
    "L'Hôte|D'Arco|O'Neill|Hubert-Boyer|Bannay-Codet|Martin-Dupont|Lefort-Bernard|"
    "Saint-Martin|De La Fontaine|De Sousa|Le Goff|Le Bihan|Le Floch|Benali|Haddad|Mansouri|"
    "Traoré|Diallo|Cissé|Koné|Ben Ahmed|Pham|Tran|Lê|Blachier|Fontanié|Villand|Clerc|Dumoulin|"
    "Levannier|Veltri|Guillemat|Chapuis|Gallet|Loyet|Bérard|Carrel|Giraud-Morel|Ducret|Viboud|"
    "Cordel|Debernardi|Plagnol|Laboret|Bordon|Garlatti|Avila|Diarra|Goaër|Verdoya|Lévêque|"
    "Côté|Bœuf|Tessier|Hamon|Jouan|Quéré|Kerbrat|Etcheverry|Irigoyen|Casanova|Santoni|Ferrandi";

const char kJobs[] =
    "Directrice de crèche|Directeur de crèche|Coordinateur périscolaire|"
    "Coordinatrice enfance jeunesse|Responsable Pôle Enfance|Secrétaire de mairie|"
    "Directrice générale des services|Directeur de l'accueil de loisirs|"
    "Responsable du relais petite enfance|Animatrice RPE|Éducatrice de jeunes enfants|"
    "Infirmière puéricultrice|Responsable administrative|Chargée de mission petite enfance|"
    "Directrice adjointe|Référente famille|Agent d'accueil|Responsable du service scolaire|"
    "Coordinatrice LAEP|Directrice de micro-crèche|Gestionnaire administrative|"
    "Responsable des affaires scolaires|Directeur enfance jeunesse|Accueillante LAEP|"
    "Chargé de communication|Adjointe administrative|Responsable ALAE|Directrice de multi-accueil|"
    "Assistante de direction|Responsable qualité|Coordinateur CTG|Cheffe de service petite enfance|"
    "Directeur de centre social|Animateur référent|Responsable de site|Gestionnaire de crèches|"
    "Responsable régionale|Chargée de développement|Assistante maternelle référente|"
    "Directrice de l'éducation";

const char kEaje[] =
    "Les Petits Loups|Les Grapillous|Bulle de bébés|Les P'tits Mômes|Les Lucioles|Pomme d'Api|"
    "Les Pitchouns|Les Marmousets|L'Île aux enfants|Les Bout'choux|Les Diablotins|Les Câlinous|"
    "Les Poussins|Les Frimousses|Le Nid|Les Coccinelles|Les Petits Princes|Les Lutins|"
    "Les Canailloux|Les Mini-Pousses|Arc-en-ciel|Les Papillons|Les Écureuils|Les Doudous|"
    "Le Jardin des Câlins|Les Galopins|Tom Pouce|Les Chérubins|La Maison des Bambins|"
    "Les Petites Bouilles|Les Farfadets|Les Pious-Pious|Les Mistrals Gagnants|Les Trois Pommes|"
    "Les Moussaillons|Les Zébulons|Les Ptits Bouts|L'Arche de Noé|Les Oursons|Les Kangourous|"
    "Babilou Les Étoiles|Au Clair de la Lune|Les Bambins|Les Hirondelles|La Ruche|Les Abeilles|"
    "Les Petits Pas|Les Pâquerettes|Les Colibris|Les Tournesols|Les Dauphins|Ribambelle|"
    "Les Petits Malins|Le Petit Prince|Capucine|Les Pastèques|Les Marsupilamis|Les Pirouettes|"
    "Les Loupiots|Les Pitchounets";

const char kLeisure[] =
    "Les Lutins|La Ribambelle|Les Copains d'abord|Les Aventuriers|La Récré|Les Explorateurs|"
    "Les Mille Pattes|Le Cerf-Volant|La Farandole|Les Robinsons|L'Îlot Loisirs|Les Globe-Trotteurs|"
    "Les Castors|Les Bourlingueurs|La Cabane|Les Petits Débrouillards|Le Grand Chêne|"
    "Les Saltimbanques|La Marelle|Les Trappeurs|Les Moussaillons du Port|L'Escale|Les Zouaves|"
    "La Boussole|Les Farfadets|Les Bout'Chous Futés|Les Écureuils Malins|Le Colibri|Les Canaillous|"
    "Arc-en-Ciel|La Clé des Champs|Les Loustics|Les Pitchouns du Val|La Courte Échelle|"
    "Les Galipettes|Le Sablier|Les Lucioles|Les Grillons|La Passerelle|Le Jardin Secret|"
    "Les Tournesols|Les Sources|Le Moulin|Les Hérissons|La Maison des Familles|Le Petit Bois|"
    "Les Dragons|Les Pirates|Les Comètes|Les Étoiles Filantes|La Fourmilière|L'Atelier|"
    "Les Bambous|La Roulotte|Le Tipi|Les Chouettes|La Pépinière|Les Hiboux|Le Phare|Les Myrtilles|"
    "Les Lutins du Granier";

const char kAssociations[] =
    "Association Familles Rurales|Les Francas|ADMR|Léo Lagrange|UFCV|Association Petite Enfance|"
    "Centre social et culturel|Maison des jeunes et de la culture|Association Les Enfants d'Abord|"
    "Association Crèche Parentale|ACEPP|Ligue de l'enseignement|Association Enfance et Familles|"
    "Association Loisirs Éducation|AFR|Association Accueil Jeunes Enfants|Association La Cordée|"
    "Association Grandir Ensemble|Mutualité Française|Croix-Rouge française|Association Le Nid|"
    "Association Bébé Bonheur|Association Trait d'Union|Association Les Pieds dans l'Eau|"
    "Association Temps Libre|Association Jeunesse et Loisirs|Association Parents-Enfants|"
    "Association Les Marmots|Association Famille Plus|Association Vivre Ensemble|"
    "Association Arc-en-Ciel|Association Éveil et Partage|Association La Maison Ouverte|"
    "Association Culture et Loisirs|Association Les P'tits Bouts|Association Grain de Sel|"
    "Association Enfants du Monde|Association Sports et Loisirs|Association Les Copains|"
    "Association Accueil et Loisirs|Association Entraide Familiale|Association La Passerelle|"
    "Association Les Petits Chaperons Rouges|Association Planète Enfance|Association Cap Jeunes|"
    "Association Terre des Enfants|Association Pom'Cannelle|Association Main dans la Main|"
    "Association L'Oasis|Association Horizon Famille|Association Les Coquelicots|"
    "Association Solidarité Parents|Association La Farandole|Association Ciel Bleu|"
    "Association Les Écureuils|Association Fil d'Ariane|Association Les Globe-Trotteurs|"
    "Association Relais Familles|Association Saint-Vincent-de-Paul|Association L'Envol";

const char kCompanies[] =
    "People&Baby|Babilou|La Maison Bleue|Crèches Pom'Cannelle|Les Petits Chaperons Rouges|"
    "Crèche Attitude|Grandir|Liveli|Ô Bambins|Crèches de France|Kids Up|Baby Lou|Les Crèches Ô "
    "Soleil|"
    "Maison Kangourou|Crèches Smile|Le Jardin des Lutins SAS|Bébé Nature|Les Mini-Pousses SARL|"
    "Crèche Éveil & Sens|Petit Bonheur SAS|Les Canaillous SARL|Micro-crèches Pitchoun|"
    "Les Bambins d'Abord|Crèches Tournesol|Babychou Services|Gribouille Crèches|Doudou & Cie|"
    "Les Petits Génies SAS|Crèches Cerf-Volant|Crèches Île de Loisirs|Family Sphere|Kangourou Kids|"
    "Les Ptits Loups SAS|Crèches Arc-en-Ciel|Zébulon & Cie|Crèches Colibri|Petite Planète SAS|"
    "Graines d'Éveil|Les Lucioles SARL|Crèches Mosaïque";

} // namespace

const QList<Departement> &departements()
{
    static const QList<Departement> list = [] {
        QList<Departement> out;
        const QStringList lines = split(kDepartements);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(';'));
            // The seat of the Caf: the real one for the seeds' Cafs, a plausible one elsewhere.
            QString street = QStringLiteral("%1 rue de la Caisse d'allocations familiales")
                                 .arg(2 + (out.size() * 7) % 40);
            QString cedex = f.at(4).left(f.at(4).size() - 2) + QStringLiteral("19");
            if (f.at(0) == u"73") {
                street = QStringLiteral("20 avenue Jean Jaurès");
                cedex = QStringLiteral("73023");
            } else if (f.at(0) == u"82") {
                street = QStringLiteral("329 avenue du Danemark");
                cedex = QStringLiteral("82019");
            }
            out << Departement{f.at(0), f.at(1), f.at(2), street, cedex, f.at(3)};
        }
        return out;
    }();
    return list;
}

const QList<Town> &towns()
{
    static const QList<Town> list = [] {
        QList<Town> out;
        const auto deptOf = [](const QString &postcode) {
            if (postcode.startsWith(QLatin1String("97")))
                return postcode.left(3);
            if (postcode.startsWith(QLatin1String("20")))
                return postcode.mid(2).toInt() < 200 ? QStringLiteral("2A") : QStringLiteral("2B");
            return postcode.left(2);
        };
        for (const QString &line : split(kDepartements)) {
            const QStringList f = line.split(QLatin1Char(';'));
            out << Town{f.at(3), f.at(4), f.at(0)};
        }
        const QStringList lines = split(kTowns);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(';'));
            out << Town{f.at(0), f.at(1), deptOf(f.at(1))};
        }
        return out;
    }();
    return list;
}

#define HABILIS_LIST(function, data)                                                               \
    const QStringList &function()                                                                  \
    {                                                                                              \
        static const QStringList list = split(data);                                               \
        return list;                                                                               \
    }

HABILIS_LIST(femaleFirstNames, kFemale)
HABILIS_LIST(maleFirstNames, kMale)
HABILIS_LIST(lastNames, kLast)
HABILIS_LIST(streetNames, kStreets)
HABILIS_LIST(jobTitles, kJobs)
HABILIS_LIST(eajeNames, kEaje)
HABILIS_LIST(leisureNames, kLeisure)
HABILIS_LIST(associationNames, kAssociations)
HABILIS_LIST(companyNames, kCompanies)

} // namespace habilis::demo
