#include "frenchdata.h"

#include <cstddef>
#include <iterator>

// Real French data, written once. The sources are UTF-8; every list is built on first use from
// plain C strings and kept for the life of the program.

namespace habilis::demo {

namespace {

// clang-format off
struct DepartementRow {
    const char *code;
    const char *name;
    const char *cafName;
    const char *cafStreet;
    const char *cafPostcode;
    const char *prefecture;
};

// In the order of the official code (2A and 2B between 19 and 21). The seats of the Cafs of
// Savoie and Tarn-et-Garonne are the real ones; the others are plausible.
const DepartementRow kDepartements[] = {
    {"01", "Ain", "Caf de l'Ain", "4 rue Aristide Briand", "01014", "Bourg-en-Bresse"},
    {"02", "Aisne", "Caf de l'Aisne", "9 rue du Bourg", "02011", "Laon"},
    {"03", "Allier", "Caf de l'Allier", "1 rue de Villars", "03018", "Moulins"},
    {"04", "Alpes-de-Haute-Provence", "Caf des Alpes-de-Haute-Provence",
     "6 boulevard Victor Hugo", "04014", "Digne-les-Bains"},
    {"05", "Hautes-Alpes", "Caf des Hautes-Alpes", "10 boulevard Georges Pompidou", "05010",
     "Gap"},
    {"06", "Alpes-Maritimes", "Caf des Alpes-Maritimes", "48 boulevard du Général Louis Delfino",
     "06076", "Nice"},
    {"07", "Ardèche", "Caf de l'Ardèche", "12 cours du Palais", "07006", "Privas"},
    {"08", "Ardennes", "Caf des Ardennes", "27 avenue Jean Jaurès", "08011",
     "Charleville-Mézières"},
    {"09", "Ariège", "Caf de l'Ariège", "10 avenue de Lérida", "09017", "Foix"},
    {"10", "Aube", "Caf de l'Aube", "11 rue Lamoricière", "10026", "Troyes"},
    {"11", "Aude", "Caf de l'Aude", "8 avenue Claude Bernard", "11013", "Carcassonne"},
    {"12", "Aveyron", "Caf de l'Aveyron", "4 rue Paul Ramadier", "12025", "Rodez"},
    {"13", "Bouches-du-Rhône", "Caf des Bouches-du-Rhône", "215 chemin de Gibbes", "13347",
     "Marseille"},
    {"14", "Calvados", "Caf du Calvados", "8 avenue du Six Juin", "14032", "Caen"},
    {"15", "Cantal", "Caf du Cantal", "10 rue du Docteur Louis Mallet", "15017", "Aurillac"},
    {"16", "Charente", "Caf de la Charente", "53 rue de Paris", "16017", "Angoulême"},
    {"17", "Charente-Maritime", "Caf de la Charente-Maritime", "3 avenue Pierre Loti", "17021",
     "La Rochelle"},
    {"18", "Cher", "Caf du Cher", "2 rue Juranville", "18023", "Bourges"},
    {"19", "Corrèze", "Caf de la Corrèze", "4 avenue Alsace-Lorraine", "19011", "Tulle"},
    {"2A", "Corse-du-Sud", "Caf de la Corse-du-Sud", "10 boulevard Abbé Recco", "20181",
     "Ajaccio"},
    {"2B", "Haute-Corse", "Caf de la Haute-Corse", "2 rue du Commandant Luce de Casabianca",
     "20405", "Bastia"},
    {"21", "Côte-d'Or", "Caf de la Côte-d'Or", "8 boulevard Georges Clemenceau", "21046",
     "Dijon"},
    {"22", "Côtes-d'Armor", "Caf des Côtes-d'Armor", "2 avenue de la Libération", "22024",
     "Saint-Brieuc"},
    {"23", "Creuse", "Caf de la Creuse", "8 avenue d'Auvergne", "23011", "Guéret"},
    {"24", "Dordogne", "Caf de la Dordogne", "50 rue Claude Bernard", "24011", "Périgueux"},
    {"25", "Doubs", "Caf du Doubs", "2 rue Denis Papin", "25036", "Besançon"},
    {"26", "Drôme", "Caf de la Drôme", "10 rue Marcelin Berthelot", "26021", "Valence"},
    {"27", "Eure", "Caf de l'Eure", "1 place Saint-Taurin", "27023", "Évreux"},
    {"28", "Eure-et-Loir", "Caf d'Eure-et-Loir", "15 place de la République", "28019",
     "Chartres"},
    {"29", "Finistère", "Caf du Finistère", "4 rue Ernest Renan", "29107", "Quimper"},
    {"30", "Gard", "Caf du Gard", "321 rue Maurice Schumann", "30932", "Nîmes"},
    {"31", "Haute-Garonne", "Caf de la Haute-Garonne", "24 rue Riquet", "31046", "Toulouse"},
    {"32", "Gers", "Caf du Gers", "2 boulevard Sadi Carnot", "32019", "Auch"},
    {"33", "Gironde", "Caf de la Gironde", "23 rue du Docteur Gabriel Péry", "33078",
     "Bordeaux"},
    {"34", "Hérault", "Caf de l'Hérault", "139 avenue de Lodève", "34943", "Montpellier"},
    {"35", "Ille-et-Vilaine", "Caf d'Ille-et-Vilaine", "14 cours des Alliés", "35028",
     "Rennes"},
    {"36", "Indre", "Caf de l'Indre", "14 rue de la Poste", "36014", "Châteauroux"},
    {"37", "Indre-et-Loire", "Caf d'Indre-et-Loire", "1 rue Édouard Vaillant", "37045",
     "Tours"},
    {"38", "Isère", "Caf de l'Isère", "3 rue des Alliés", "38051", "Grenoble"},
    {"39", "Jura", "Caf du Jura", "10 rue des Écoles", "39015", "Lons-le-Saunier"},
    {"40", "Landes", "Caf des Landes", "1 rue Marguerite Duras", "40021", "Mont-de-Marsan"},
    {"41", "Loir-et-Cher", "Caf de Loir-et-Cher", "10 rue Aristide Briand", "41022", "Blois"},
    {"42", "Loire", "Caf de la Loire", "3 avenue Émile Loubet", "42027", "Saint-Étienne"},
    {"43", "Haute-Loire", "Caf de la Haute-Loire", "6 avenue André Soulier", "43012",
     "Le Puy-en-Velay"},
    {"44", "Loire-Atlantique", "Caf de la Loire-Atlantique", "22 rue de Malville", "44937",
     "Nantes"},
    {"45", "Loiret", "Caf du Loiret", "1 place Saint-Charles", "45946", "Orléans"},
    {"46", "Lot", "Caf du Lot", "304 rue Victor Hugo", "46014", "Cahors"},
    {"47", "Lot-et-Garonne", "Caf de Lot-et-Garonne", "2 rue Ledru-Rollin", "47913", "Agen"},
    {"48", "Lozère", "Caf de la Lozère", "5 rue des Carmes", "48006", "Mende"},
    {"49", "Maine-et-Loire", "Caf de Maine-et-Loire", "32 rue Louis Gain", "49927", "Angers"},
    {"50", "Manche", "Caf de la Manche", "22 rue de la Libération", "50010", "Saint-Lô"},
    {"51", "Marne", "Caf de la Marne", "2 rue de Vinetz", "51022", "Châlons-en-Champagne"},
    {"52", "Haute-Marne", "Caf de la Haute-Marne", "27 avenue du Maréchal Foch", "52011",
     "Chaumont"},
    {"53", "Mayenne", "Caf de la Mayenne", "1 rue de Bretagne", "53014", "Laval"},
    {"54", "Meurthe-et-Moselle", "Caf de Meurthe-et-Moselle", "21 rue de Saint-Lambert",
     "54046", "Nancy"},
    {"55", "Meuse", "Caf de la Meuse", "11 rue de Polval", "55013", "Bar-le-Duc"},
    {"56", "Morbihan", "Caf du Morbihan", "8 rue Jules Vallès", "56019", "Vannes"},
    {"57", "Moselle", "Caf de la Moselle", "4 boulevard du Pontiffroy", "57774", "Metz"},
    {"58", "Nièvre", "Caf de la Nièvre", "8 rue du Docteur Léveillé", "58019", "Nevers"},
    {"59", "Nord", "Caf du Nord", "82 rue Brûle Maison", "59024", "Lille"},
    {"60", "Oise", "Caf de l'Oise", "2 rue Jules Ferry", "60013", "Beauvais"},
    {"61", "Orne", "Caf de l'Orne", "1 rue Ampère", "61013", "Alençon"},
    {"62", "Pas-de-Calais", "Caf du Pas-de-Calais", "9 rue Beffara", "62017", "Arras"},
    {"63", "Puy-de-Dôme", "Caf du Puy-de-Dôme", "1 rue Jean-Claude Simon", "63033",
     "Clermont-Ferrand"},
    {"64", "Pyrénées-Atlantiques", "Caf des Pyrénées-Atlantiques", "10 avenue des Lilas",
     "64021", "Pau"},
    {"65", "Hautes-Pyrénées", "Caf des Hautes-Pyrénées", "1 boulevard du Martinet", "65013",
     "Tarbes"},
    {"66", "Pyrénées-Orientales", "Caf des Pyrénées-Orientales", "21 avenue Torcatis", "66015",
     "Perpignan"},
    {"67", "Bas-Rhin", "Caf du Bas-Rhin", "18 rue de Berne", "67092", "Strasbourg"},
    {"68", "Haut-Rhin", "Caf du Haut-Rhin", "7 rue Bruat", "68022", "Colmar"},
    {"69", "Rhône", "Caf du Rhône", "67 boulevard Vivier Merle", "69409", "Lyon"},
    {"70", "Haute-Saône", "Caf de la Haute-Saône", "2 rue Chevalier", "70016", "Vesoul"},
    {"71", "Saône-et-Loire", "Caf de Saône-et-Loire", "106 rue de Lyon", "71024", "Mâcon"},
    {"72", "Sarthe", "Caf de la Sarthe", "178 avenue Bollée", "72033", "Le Mans"},
    {"73", "Savoie", "Caf de la Savoie", "20 avenue Jean Jaurès", "73023", "Chambéry"},
    {"74", "Haute-Savoie", "Caf de la Haute-Savoie", "2 rue Émile Romanet", "74041", "Annecy"},
    {"75", "Paris", "Caf de Paris", "50 rue du Docteur Finlay", "75750", "Paris"},
    {"76", "Seine-Maritime", "Caf de la Seine-Maritime", "2 rue Georges Braque", "76037",
     "Rouen"},
    {"77", "Seine-et-Marne", "Caf de Seine-et-Marne", "21 avenue du Général Leclerc", "77024",
     "Melun"},
    {"78", "Yvelines", "Caf des Yvelines", "2 avenue de Paris", "78012", "Versailles"},
    {"79", "Deux-Sèvres", "Caf des Deux-Sèvres", "16 rue de Strasbourg", "79041", "Niort"},
    {"80", "Somme", "Caf de la Somme", "10 rue Maurice Ravel", "80026", "Amiens"},
    {"81", "Tarn", "Caf du Tarn", "23 boulevard Paul Bodin", "81011", "Albi"},
    {"82", "Tarn-et-Garonne", "Caf de Tarn-et-Garonne", "329 avenue du Danemark", "82019",
     "Montauban"},
    {"83", "Var", "Caf du Var", "39 boulevard Maréchal Leclerc", "83084", "Toulon"},
    {"84", "Vaucluse", "Caf de Vaucluse", "2 rue Paul Manivet", "84043", "Avignon"},
    {"85", "Vendée", "Caf de la Vendée", "29 rue Paul Doumer", "85932", "La Roche-sur-Yon"},
    {"86", "Vienne", "Caf de la Vienne", "41 rue du Touffenet", "86042", "Poitiers"},
    {"87", "Haute-Vienne", "Caf de la Haute-Vienne", "2 rue Guillaume Gonin", "87046",
     "Limoges"},
    {"88", "Vosges", "Caf des Vosges", "2 rue Thiers", "88024", "Épinal"},
    {"89", "Yonne", "Caf de l'Yonne", "8 rue des Moreaux", "89011", "Auxerre"},
    {"90", "Territoire de Belfort", "Caf du Territoire de Belfort",
     "16 rue de la Première Armée", "90020", "Belfort"},
    {"91", "Essonne", "Caf de l'Essonne", "2 impasse Christophe Colomb", "91013",
     "Évry-Courcouronnes"},
    {"92", "Hauts-de-Seine", "Caf des Hauts-de-Seine", "70 rue Paul Lescop", "92023",
     "Nanterre"},
    {"93", "Seine-Saint-Denis", "Caf de la Seine-Saint-Denis", "50 rue Hector Berlioz", "93024",
     "Bobigny"},
    {"94", "Val-de-Marne", "Caf du Val-de-Marne", "2 voie Félix Éboué", "94033", "Créteil"},
    {"95", "Val-d'Oise", "Caf du Val-d'Oise", "2 place de la Pergola", "95018", "Cergy"},
    {"971", "Guadeloupe", "Caf de la Guadeloupe", "12 rue Peynier", "97102", "Basse-Terre"},
    {"972", "Martinique", "Caf de la Martinique", "10 rue Victor Sévère", "97263",
     "Fort-de-France"},
    {"973", "Guyane", "Caf de la Guyane", "16 rue du Docteur Gippet", "97306", "Cayenne"},
    {"974", "La Réunion", "Caf de la Réunion", "4 boulevard Doret", "97405", "Saint-Denis"},
    {"976", "Mayotte", "Caf de Mayotte", "12 route de l'Hôpital", "97600", "Mamoudzou"},
};

struct TownRow {
    const char *departement;
    const char *towns; // "postcode name" items separated by '|', the prefecture first
};

const TownRow kTowns[] = {
    {"01", "01000 Bourg-en-Bresse|01100 Oyonnax|01300 Belley|01500 Ambérieu-en-Bugey|01170 Gex|"
           "01200 Valserhône|01210 Ferney-Voltaire|01600 Trévoux|01700 Miribel|"
           "01220 Divonne-les-Bains|01800 Meximieux|01400 Châtillon-sur-Chalaronne|"
           "01630 Saint-Genis-Pouilly|01340 Montrevel-en-Bresse"},
    {"02", "02000 Laon|02100 Saint-Quentin|02200 Soissons|02400 Château-Thierry|02300 Chauny|"
           "02700 Tergnier|02500 Hirson|02120 Guise|02600 Villers-Cotterêts|02140 Vervins|"
           "02110 Bohain-en-Vermandois"},
    {"03", "03000 Moulins|03100 Montluçon|03200 Vichy|03300 Cusset|03400 Yzeure|"
           "03600 Commentry|03500 Saint-Pourçain-sur-Sioule|03800 Gannat|"
           "03700 Bellerive-sur-Allier|03410 Domérat"},
    {"04", "04000 Digne-les-Bains|04100 Manosque|04200 Sisteron|04300 Forcalquier|"
           "04400 Barcelonnette|04700 Oraison|04160 Château-Arnoux-Saint-Auban|04500 Riez|"
           "04120 Castellane|04860 Pierrevert|04130 Volx"},
    {"05", "05000 Gap|05100 Briançon|05200 Embrun|05300 Laragne-Montéglin|05400 Veynes|"
           "05230 Chorges|05130 Tallard|05600 Guillestre|05700 Serres|"
           "05500 Saint-Bonnet-en-Champsaur"},
    {"06", "06000 Nice|06100 Nice|06400 Cannes|06600 Antibes|06130 Grasse|06500 Menton|"
           "06800 Cagnes-sur-Mer|06110 Le Cannet|06700 Saint-Laurent-du-Var|06220 Vallauris|"
           "06210 Mandelieu-la-Napoule|06140 Vence|06510 Carros|06250 Mougins|06560 Valbonne|"
           "06240 Beausoleil"},
    {"07", "07000 Privas|07100 Annonay|07200 Aubenas|07300 Tournon-sur-Rhône|07400 Le Teil|"
           "07500 Guilherand-Granges|07700 Bourg-Saint-Andéol|07270 Lamastre|"
           "07600 Vals-les-Bains|07800 La Voulte-sur-Rhône|07110 Largentière"},
    {"08", "08000 Charleville-Mézières|08200 Sedan|08300 Rethel|08600 Givet|08500 Revin|"
           "08700 Nouzonville|08400 Vouziers|08120 Bogny-sur-Meuse|08170 Fumay"},
    {"09", "09000 Foix|09100 Pamiers|09200 Saint-Girons|09300 Lavelanet|"
           "09400 Tarascon-sur-Ariège|09700 Saverdun|09500 Mirepoix|09110 Ax-les-Thermes|"
           "09120 Varilhes|09270 Mazères"},
    {"10", "10000 Troyes|10100 Romilly-sur-Seine|10200 Bar-sur-Aube|10300 Sainte-Savine|"
           "10400 Nogent-sur-Seine|10600 La Chapelle-Saint-Luc|10120 Saint-André-les-Vergers|"
           "10110 Bar-sur-Seine|10700 Arcis-sur-Aube|10500 Brienne-le-Château"},
    {"11", "11000 Carcassonne|11100 Narbonne|11400 Castelnaudary|11300 Limoux|"
           "11200 Lézignan-Corbières|11500 Quillan|11110 Coursan|11210 Port-la-Nouvelle|"
           "11800 Trèbes|11430 Gruissan"},
    {"12", "12000 Rodez|12100 Millau|12200 Villefranche-de-Rouergue|12300 Decazeville|"
           "12400 Saint-Affrique|12850 Onet-le-Château|12500 Espalion|12450 Luc-la-Primaube|"
           "12700 Capdenac-Gare|12160 Baraqueville"},
    {"13", "13001 Marseille|13005 Marseille|13008 Marseille|13013 Marseille|13015 Marseille|"
           "13100 Aix-en-Provence|13200 Arles|13500 Martigues|13400 Aubagne|13800 Istres|"
           "13300 Salon-de-Provence|13127 Vitrolles|13700 Marignane|13600 La Ciotat|"
           "13140 Miramas|13120 Gardanne|13150 Tarascon|13160 Châteaurenard|"
           "13170 Les Pennes-Mirabeau"},
    {"14", "14000 Caen|14100 Lisieux|14400 Bayeux|14200 Hérouville-Saint-Clair|"
           "14500 Vire Normandie|14600 Honfleur|14700 Falaise|14123 Ifs|14120 Mondeville|"
           "14800 Deauville|14150 Ouistreham|14460 Colombelles"},
    {"15", "15000 Aurillac|15100 Saint-Flour|15200 Mauriac|15130 Arpajon-sur-Cère|"
           "15400 Riom-ès-Montagnes|15300 Murat|15600 Maurs|15500 Massiac|15210 Ydes|"
           "15800 Vic-sur-Cère"},
    {"16", "16000 Angoulême|16100 Cognac|16500 Confolens|16800 Soyaux|16400 La Couronne|"
           "16600 Ruelle-sur-Touvre|16200 Jarnac|16300 Barbezieux-Saint-Hilaire|16700 Ruffec|"
           "16160 Gond-Pontouvre"},
    {"17", "17000 La Rochelle|17100 Saintes|17300 Rochefort|17200 Royan|"
           "17400 Saint-Jean-d'Angély|17500 Jonzac|17440 Aytré|17320 Marennes-Hiers-Brouage|"
           "17700 Surgères|17140 Lagord|17430 Tonnay-Charente|17180 Périgny"},
    {"18", "18000 Bourges|18100 Vierzon|18200 Saint-Amand-Montrond|18230 Saint-Doulchard|"
           "18500 Mehun-sur-Yèvre|18700 Aubigny-sur-Nère|18300 Sancerre|"
           "18400 Saint-Florent-sur-Cher|18570 Trouy|18130 Dun-sur-Auron"},
    {"19", "19000 Tulle|19100 Brive-la-Gaillarde|19200 Ussel|19360 Malemort|19300 Égletons|"
           "19130 Objat|19400 Argentat-sur-Dordogne|19240 Allassac|19140 Uzerche|19250 Meymac"},
    {"2A", "20000 Ajaccio|20090 Ajaccio|20137 Porto-Vecchio|20100 Sartène|20110 Propriano|"
           "20169 Bonifacio|20167 Afa|20129 Bastelicaccia|20130 Cargèse|20114 Figari"},
    {"2B", "20200 Bastia|20600 Bastia|20250 Corte|20260 Calvi|20220 L'Île-Rousse|20290 Borgo|"
           "20620 Biguglia|20600 Furiani|20290 Lucciana|20240 Ghisonaccia|20217 Saint-Florent|"
           "20270 Aléria"},
    {"21", "21000 Dijon|21200 Beaune|21500 Montbard|21300 Chenôve|21240 Talant|21800 Quetigny|"
           "21800 Chevigny-Saint-Sauveur|21600 Longvic|21130 Auxonne|21700 Nuits-Saint-Georges|"
           "21400 Châtillon-sur-Seine|21120 Is-sur-Tille|21140 Semur-en-Auxois|"
           "21121 Fontaine-lès-Dijon|21110 Genlis|21850 Saint-Apollinaire"},
    {"22", "22000 Saint-Brieuc|22300 Lannion|22100 Dinan|22200 Guingamp|22400 Lamballe-Armor|"
           "22600 Loudéac|22190 Plérin|22440 Ploufragan|22500 Paimpol|22700 Perros-Guirec|"
           "22950 Trégueux|22360 Langueux|22800 Quintin"},
    {"23", "23000 Guéret|23200 Aubusson|23300 La Souterraine|23400 Bourganeuf|23600 Boussac|"
           "23110 Évaux-les-Bains|23500 Felletin|23700 Auzances|23800 Dun-le-Palestel"},
    {"24", "24000 Périgueux|24100 Bergerac|24200 Sarlat-la-Canéda|"
           "24750 Boulazac Isle Manoire|24660 Coulounieix-Chamiers|24120 Terrasson-Lavilledieu|"
           "24700 Montpon-Ménestérol|24600 Ribérac|24300 Nontron|24750 Trélissac|"
           "24650 Chancelade|24800 Thiviers|24400 Mussidan"},
    {"25", "25000 Besançon|25200 Montbéliard|25300 Pontarlier|25400 Audincourt|"
           "25700 Valentigney|25500 Morteau|25110 Baume-les-Dames|25290 Ornans|25120 Maîche|"
           "25410 Saint-Vit|25800 Valdahon"},
    {"26", "26000 Valence|26200 Montélimar|26100 Romans-sur-Isère|26500 Bourg-lès-Valence|"
           "26700 Pierrelatte|26300 Bourg-de-Péage|26800 Portes-lès-Valence|26400 Crest|"
           "26250 Livron-sur-Drôme|26110 Nyons|26150 Die|26240 Saint-Vallier|"
           "26600 Tain-l'Hermitage|26290 Donzère|26220 Dieulefit"},
    {"27", "27000 Évreux|27200 Vernon|27400 Louviers|27700 Les Andelys|27100 Val-de-Reuil|"
           "27300 Bernay|27500 Pont-Audemer|27140 Gisors|27600 Gaillon|"
           "27130 Verneuil d'Avre et d'Iton|27120 Pacy-sur-Eure|27950 Saint-Marcel|"
           "27190 Conches-en-Ouche"},
    {"28", "28000 Chartres|28100 Dreux|28200 Châteaudun|28110 Lucé|28500 Vernouillet|"
           "28400 Nogent-le-Rotrou|28300 Mainvilliers|28230 Épernon|28800 Bonneval|"
           "28600 Luisant|28260 Anet"},
    {"29", "29000 Quimper|29200 Brest|29600 Morlaix|29900 Concarneau|29800 Landerneau|"
           "29100 Douarnenez|29300 Quimperlé|29490 Guipavas|29470 Plougastel-Daoulas|"
           "29480 Le Relecq-Kerhuon|29400 Landivisiau|29270 Carhaix-Plouguer|"
           "29120 Pont-l'Abbé|29170 Fouesnant|29150 Châteaulin|29160 Crozon|"
           "29250 Saint-Pol-de-Léon|29860 Plabennec|29280 Plouzané"},
    {"30", "30000 Nîmes|30900 Nîmes|30100 Alès|30200 Bagnols-sur-Cèze|30300 Beaucaire|"
           "30800 Saint-Gilles|30600 Vauvert|30400 Villeneuve-lès-Avignon|"
           "30130 Pont-Saint-Esprit|30700 Uzès|30240 Le Grau-du-Roi|30320 Marguerittes|"
           "30220 Aigues-Mortes|30120 Le Vigan|30250 Sommières|30127 Bellegarde|"
           "30650 Rochefort-du-Gard|30540 Milhaud"},
    {"31", "31000 Toulouse|31100 Toulouse|31200 Toulouse|31300 Toulouse|31400 Toulouse|"
           "31500 Toulouse|31770 Colomiers|31170 Tournefeuille|31600 Muret|31700 Blagnac|"
           "31800 Saint-Gaudens|31830 Plaisance-du-Touch|31130 Balma|31270 Cugnaux|"
           "31240 L'Union|31520 Ramonville-Saint-Agne|31320 Castanet-Tolosan|"
           "31650 Saint-Orens-de-Gameville|31290 Villefranche-de-Lauragais|31250 Revel|"
           "31620 Fronton|31240 Saint-Jean|31120 Portet-sur-Garonne|31140 Launaguet|"
           "31140 Aucamville|31780 Castelginest|31490 Léguevin|31330 Grenade|31190 Auterive|"
           "31390 Carbonne"},
    {"32", "32000 Auch|32100 Condom|32300 Mirande|32600 L'Isle-Jourdain|32500 Fleurance|"
           "32800 Eauze|32700 Lectoure|32110 Nogaro|32130 Samatan|32190 Vic-Fezensac|"
           "32200 Gimont|32400 Riscle|32140 Masseube|32550 Pavie"},
    {"33", "33000 Bordeaux|33100 Bordeaux|33200 Bordeaux|33300 Bordeaux|33800 Bordeaux|"
           "33700 Mérignac|33600 Pessac|33400 Talence|33140 Villenave-d'Ornon|"
           "33160 Saint-Médard-en-Jalles|33130 Bègles|33260 La Teste-de-Buch|33110 Le Bouscat|"
           "33170 Gradignan|33500 Libourne|33120 Arcachon|33150 Cenon|33310 Lormont|"
           "33320 Eysines|33290 Blanquefort|33470 Gujan-Mestras|33270 Floirac|33185 Le Haillan|"
           "33510 Andernos-les-Bains|33210 Langon|33340 Lesparre-Médoc|33390 Blaye|"
           "33380 Biganos|33240 Saint-André-de-Cubzac|33440 Ambarès-et-Lagrave|"
           "33950 Lège-Cap-Ferret|33220 Sainte-Foy-la-Grande|33190 La Réole|33430 Bazas|"
           "33610 Cestas|33850 Léognan|33520 Bruges|33670 Créon|33230 Coutras"},
    {"34", "34000 Montpellier|34070 Montpellier|34080 Montpellier|34090 Montpellier|"
           "34500 Béziers|34200 Sète|34700 Lodève|34300 Agde|34400 Lunel|34110 Frontignan|"
           "34170 Castelnau-le-Lez|34970 Lattes|34130 Mauguio|34140 Mèze|34120 Pézenas|"
           "34800 Clermont-l'Hérault|34430 Saint-Jean-de-Védas|34990 Juvignac|34470 Pérols|"
           "34250 Palavas-les-Flots|34190 Ganges|34600 Bédarieux|34340 Marseillan|"
           "34980 Saint-Gély-du-Fesc|34150 Gignac|34410 Sérignan|34740 Vendargues|"
           "34830 Jacou|34790 Grabels|34920 Le Crès|34310 Capestang"},
    {"35", "35000 Rennes|35200 Rennes|35700 Rennes|35400 Saint-Malo|35300 Fougères|"
           "35500 Vitré|35510 Cesson-Sévigné|35170 Bruz|35600 Redon|35800 Dinard|"
           "35136 Saint-Jacques-de-la-Lande|35830 Betton|35135 Chantepie|35740 Pacé|"
           "35650 Le Rheu|35160 Montfort-sur-Meu|35580 Guichen|35410 Châteaugiron|"
           "35340 Liffré|35270 Combourg|35150 Janzé|35470 Bain-de-Bretagne|35260 Cancale|"
           "35760 Saint-Grégoire|35310 Mordelles|35770 Vern-sur-Seiche|35520 Melesse|"
           "35220 Châteaubourg|35120 Dol-de-Bretagne"},
    {"36", "36000 Châteauroux|36100 Issoudun|36300 Le Blanc|36130 Déols|"
           "36200 Argenton-sur-Creuse|36400 La Châtre|36500 Buzançais|36330 Le Poinçonnet|"
           "36600 Valençay|36110 Levroux|36250 Saint-Maur|36120 Ardentes|"
           "36700 Châtillon-sur-Indre|36260 Reuilly"},
    {"37", "37000 Tours|37100 Tours|37200 Tours|37300 Joué-lès-Tours|37540 Saint-Cyr-sur-Loire|"
           "37700 Saint-Pierre-des-Corps|37400 Amboise|37500 Chinon|37600 Loches|"
           "37170 Chambray-lès-Tours|37550 Saint-Avertin|37230 Fondettes|37520 La Riche|"
           "37270 Montlouis-sur-Loire|37510 Ballan-Miré|37150 Bléré|37110 Château-Renault|"
           "37210 Vouvray|37250 Veigné|37250 Montbazon|37130 Langeais|"
           "37800 Sainte-Maure-de-Touraine|37160 Descartes|37230 Luynes|37260 Monts|"
           "37190 Azay-le-Rideau|37140 Bourgueil"},
    {"38", "38000 Grenoble|38100 Grenoble|38200 Vienne|38500 Voiron|38300 Bourgoin-Jallieu|"
           "38400 Saint-Martin-d'Hères|38130 Échirolles|38600 Fontaine|38090 Villefontaine|"
           "38240 Meylan|38080 L'Isle-d'Abeau|38120 Saint-Égrève|38170 Seyssinet-Pariset|"
           "38360 Sassenage|38920 Crolles|38800 Le Pont-de-Claix|38160 Saint-Marcellin|"
           "38110 La Tour-du-Pin|38450 Vif|38320 Eybens|38340 Voreppe|38530 Pontcharra|"
           "38140 Rives|38210 Tullins|38420 Domène|38430 Moirans|38070 Saint-Quentin-Fallavier|"
           "38150 Roussillon|38220 Vizille|38550 Le Péage-de-Roussillon|38350 La Mure|"
           "38640 Claix|38610 Gières|38470 Vinay|38270 Beaurepaire|38250 Villard-de-Lans|"
           "38510 Morestel|38330 Saint-Ismier"},
    {"39", "39000 Lons-le-Saunier|39100 Dole|39200 Saint-Claude|39300 Champagnole|"
           "39400 Hauts de Bienne|39800 Poligny|39500 Tavaux|39600 Arbois|39160 Saint-Amour|"
           "39110 Salins-les-Bains|39260 Moirans-en-Montagne|39570 Montmorot"},
    {"40", "40000 Mont-de-Marsan|40100 Dax|40600 Biscarrosse|40990 Saint-Paul-lès-Dax|"
           "40130 Capbreton|40200 Mimizan|40220 Tarnos|40230 Saint-Vincent-de-Tyrosse|"
           "40800 Aire-sur-l'Adour|40280 Saint-Pierre-du-Mont|40140 Soustons|40700 Hagetmau|"
           "40160 Parentis-en-Born|40500 Saint-Sever|40510 Seignosse|40530 Labenne|"
           "40150 Soorts-Hossegor|40300 Peyrehorade|40440 Ondres"},
    {"41", "41000 Blois|41100 Vendôme|41200 Romorantin-Lanthenay|41350 Vineuil|41500 Mer|"
           "41300 Salbris|41350 Saint-Gervais-la-Forêt|41800 Montoire-sur-le-Loir|"
           "41700 Le Controis-en-Sologne|41150 Veuzain-sur-Loire|41600 Lamotte-Beuvron|"
           "41130 Selles-sur-Cher|41110 Saint-Aignan|41170 Mondoubleau|"
           "41400 Montrichard Val de Cher"},
    {"42", "42000 Saint-Étienne|42100 Saint-Étienne|42300 Roanne|42600 Montbrison|"
           "42400 Saint-Chamond|42700 Firminy|42800 Rive-de-Gier|42170 Saint-Just-Saint-Rambert|"
           "42153 Riorges|42160 Andrézieux-Bouthéon|42230 Roche-la-Molière|"
           "42500 Le Chambon-Feugerolles|42390 Villars|42110 Feurs|42300 Mably|"
           "42530 Saint-Genest-Lerpt|42150 La Ricamarie|42290 Sorbiers|42340 Veauche|"
           "42330 Saint-Galmier|42190 Charlieu|42130 Boën-sur-Lignon|42240 Unieux|"
           "42350 La Talaudière|42220 Bourg-Argental"},
    {"43", "43000 Le Puy-en-Velay|43100 Brioude|43200 Yssingeaux|43120 Monistrol-sur-Loire|"
           "43600 Sainte-Sigolène|43110 Aurec-sur-Loire|43300 Langeac|"
           "43000 Espaly-Saint-Marcel|43750 Vals-près-le-Puy|43700 Brives-Charensac|"
           "43220 Dunières|43130 Retournac|43210 Bas-en-Basset|43500 Craponne-sur-Arzon|"
           "43190 Tence|43140 Saint-Didier-en-Velay|43400 Le Chambon-sur-Lignon"},
    {"44", "44000 Nantes|44100 Nantes|44200 Nantes|44300 Nantes|44600 Saint-Nazaire|"
           "44400 Rezé|44800 Saint-Herblain|44110 Châteaubriant|"
           "44230 Saint-Sébastien-sur-Loire|44700 Orvault|44120 Vertou|44470 Carquefou|"
           "44240 La Chapelle-sur-Erdre|44340 Bouguenais|44220 Couëron|44350 Guérande|"
           "44500 La Baule-Escoublac|44210 Pornic|44250 Saint-Brevin-les-Pins|"
           "44980 Sainte-Luce-sur-Loire|44150 Ancenis-Saint-Géréon|44190 Clisson|"
           "44380 Pornichet|44130 Blain|44260 Savenay|44270 Machecoul-Saint-Même|"
           "44119 Treillières|44240 Sucé-sur-Erdre|44115 Haute-Goulaine|"
           "44470 Thouaré-sur-Loire|44390 Nort-sur-Erdre|44550 Montoir-de-Bretagne|"
           "44570 Trignac|44480 Donges|44490 Le Croisic|44160 Pontchâteau|44330 Vallet|"
           "44310 Saint-Philbert-de-Grand-Lieu|44840 Les Sorinières|44880 Sautron"},
    {"45", "45000 Orléans|45100 Orléans|45200 Montargis|45300 Pithiviers|45500 Gien|"
           "45160 Olivet|45400 Fleury-les-Aubrais|45800 Saint-Jean-de-Braye|"
           "45140 Saint-Jean-de-la-Ruelle|45770 Saran|45650 Saint-Jean-le-Blanc|"
           "45120 Châlette-sur-Loing|45200 Amilly|45250 Briare|45190 Beaugency|"
           "45130 Meung-sur-Loire|45560 Saint-Denis-en-Val|45140 Ingré|45430 Chécy|"
           "45380 La Chapelle-Saint-Mesmin|45600 Sully-sur-Loire|45110 Châteauneuf-sur-Loire|"
           "45330 Le Malesherbois|45150 Jargeau"},
    {"46", "46000 Cahors|46100 Figeac|46300 Gourdon|46200 Souillac|46400 Saint-Céré|"
           "46500 Gramat|46090 Pradines|46220 Prayssac|46130 Biars-sur-Cère|46140 Luzech|"
           "46600 Martel|46230 Lalbenque|46700 Puy-l'Évêque|46110 Vayrac"},
    {"47", "47000 Agen|47300 Villeneuve-sur-Lot|47200 Marmande|47600 Nérac|47520 Le Passage|"
           "47400 Tonneins|47240 Bon-Encontre|47550 Boé|47500 Fumel|"
           "47110 Sainte-Livrade-sur-Lot|47510 Foulayronnes|47190 Aiguillon|"
           "47700 Casteljaloux|47800 Miramont-de-Guyenne|47480 Pont-du-Casse|47390 Layrac|"
           "47120 Duras|47150 Monflanquin"},
    {"48", "48000 Mende|48100 Marvejols|48400 Florac Trois Rivières|48300 Langogne|"
           "48200 Saint-Chély-d'Apcher|48500 La Canourgue|48150 Meyrueis|48800 Villefort|"
           "48120 Saint-Alban-sur-Limagnole|48000 Badaroux|48140 Le Malzieu-Ville|"
           "48320 Ispagnac"},
    {"49", "49000 Angers|49100 Angers|49300 Cholet|49400 Saumur|49500 Segré-en-Anjou Bleu|"
           "49240 Avrillé|49800 Trélazé|49130 Les Ponts-de-Cé|49124 Saint-Barthélemy-d'Anjou|"
           "49600 Beaupréau-en-Mauges|49120 Chemillé-en-Anjou|49700 Doué-en-Anjou|"
           "49150 Baugé-en-Anjou|49610 Mûrs-Érigné|49290 Chalonnes-sur-Loire|"
           "49260 Montreuil-Bellay|49160 Longué-Jumelles|49430 Durtal|49080 Bouchemaine|"
           "49280 Saint-Léger-sous-Cholet|49460 Montreuil-Juigné|49070 Beaucouzé"},
    {"50", "50000 Saint-Lô|50100 Cherbourg-en-Cotentin|50200 Coutances|50300 Avranches|"
           "50400 Granville|50700 Valognes|50500 Carentan-les-Marais|"
           "50600 Saint-Hilaire-du-Harcouët|50180 Agneaux|50440 La Hague|50170 Pontorson|"
           "50190 Périers|50370 Brécey|50160 Torigny-les-Villes|50890 Condé-sur-Vire|"
           "50340 Les Pieux|50350 Donville-les-Bains"},
    {"51", "51000 Châlons-en-Champagne|51100 Reims|51200 Épernay|51300 Vitry-le-François|"
           "51430 Tinqueux|51350 Cormontreuil|51800 Sainte-Menehould|51120 Sézanne|"
           "51450 Bétheny|51470 Saint-Memmie|51400 Mourmelon-le-Grand|51170 Fismes|"
           "51420 Witry-lès-Reims|51160 Aÿ-Champagne|51700 Dormans|51530 Magenta|"
           "51370 Saint-Brice-Courcelles|51210 Montmirail"},
    {"52", "52000 Chaumont|52100 Saint-Dizier|52200 Langres|52300 Joinville|52130 Wassy|"
           "52400 Bourbonne-les-Bains|52800 Nogent|52600 Chalindrey|52310 Bologne|"
           "52410 Eurville-Bienville|52320 Froncles|52500 Fayl-Billot|52120 Châteauvillain"},
    {"53", "53000 Laval|53100 Mayenne|53200 Château-Gontier-sur-Mayenne|53600 Évron|"
           "53500 Ernée|53960 Bonchamp-lès-Laval|53810 Changé|53400 Craon|"
           "53940 Saint-Berthevin|53120 Gorron|53110 Lassay-les-Châteaux|"
           "53700 Villaines-la-Juhel|53300 Ambrières-les-Vallées|53170 Meslay-du-Maine|"
           "53230 Cossé-le-Vivien|53970 L'Huisserie|53800 Renazé"},
    {"54", "54000 Nancy|54100 Nancy|54300 Lunéville|54200 Toul|54400 Longwy|"
           "54500 Vandœuvre-lès-Nancy|54600 Villers-lès-Nancy|54520 Laxou|"
           "54700 Pont-à-Mousson|54140 Jarville-la-Malgrange|54130 Saint-Max|54220 Malzéville|"
           "54320 Maxéville|54190 Villerupt|54150 Val de Briey|54240 Jœuf|54340 Pompey|"
           "54270 Essey-lès-Nancy|54510 Tomblaine|54390 Frouard|54710 Ludres|"
           "54230 Neuves-Maisons|54460 Liverdun|54350 Mont-Saint-Martin|54310 Homécourt|"
           "54110 Dombasle-sur-Meurthe|54120 Baccarat|54210 Saint-Nicolas-de-Port|"
           "54800 Jarny"},
    {"55", "55000 Bar-le-Duc|55100 Verdun|55200 Commercy|55300 Saint-Mihiel|"
           "55840 Thierville-sur-Meuse|55430 Belleville-sur-Meuse|55500 Ligny-en-Barrois|"
           "55700 Stenay|55400 Étain|55800 Revigny-sur-Ornain|55140 Vaucouleurs|"
           "55600 Montmédy|55170 Ancerville"},
    {"56", "56000 Vannes|56100 Lorient|56600 Lanester|56300 Pontivy|56800 Ploërmel|"
           "56400 Auray|56700 Hennebont|56270 Ploemeur|56860 Séné|56530 Quéven|56520 Guidel|"
           "56260 Larmor-Plage|56890 Saint-Avé|56230 Questembert|56170 Quiberon|56370 Sarzeau|"
           "56240 Plouay|56120 Josselin|56500 Locminé|56150 Baud|56380 Guer|56200 La Gacilly|"
           "56140 Malestroit|56190 Muzillac|56340 Carnac|56250 Elven|56390 Grand-Champ|"
           "56440 Languidic|56850 Caudan|56330 Pluvigner"},
    {"57", "57000 Metz|57050 Metz|57070 Metz|57100 Thionville|57200 Sarreguemines|"
           "57600 Forbach|57950 Montigny-lès-Metz|57500 Saint-Avold|57970 Yutz|57700 Hayange|"
           "57150 Creutzwald|57400 Sarrebourg|57140 Woippy|57290 Fameck|57190 Florange|"
           "57350 Stiring-Wendel|57460 Behren-lès-Forbach|57800 Freyming-Merlebach|57155 Marly|"
           "57300 Hagondange|57360 Amnéville|57230 Bitche|57470 Hombourg-Haut|57440 Algrange|"
           "57120 Rombas|57525 Talange|57280 Maizières-lès-Metz|57250 Moyeuvre-Grande|"
           "57220 Boulay-Moselle|57380 Faulquemont|57270 Uckange|57160 Moulins-lès-Metz|"
           "57260 Dieuze|57170 Château-Salins|57340 Morhange|57370 Phalsbourg"},
    {"58", "58000 Nevers|58200 Cosne-Cours-sur-Loire|58500 Clamecy|58300 Decize|"
           "58640 Varennes-Vauzelles|58600 Fourchambault|58400 La Charité-sur-Loire|"
           "58160 Imphy|58660 Coulanges-lès-Nevers|58240 Saint-Pierre-le-Moûtier|58170 Luzy|"
           "58800 Corbigny|58150 Pouilly-sur-Loire|58130 Guérigny|58180 Marzy|58700 Prémery|"
           "58220 Donzy|58290 Moulins-Engilbert"},
    {"59", "59000 Lille|59800 Lille|59100 Roubaix|59200 Tourcoing|59140 Dunkerque|"
           "59240 Dunkerque|59300 Valenciennes|59400 Cambrai|59500 Douai|59600 Maubeuge|"
           "59650 Villeneuve-d'Ascq|59150 Wattrelos|59700 Marcq-en-Barœul|59130 Lambersart|"
           "59280 Armentières|59190 Hazebrouck|59220 Denain|59170 Croix|59290 Wasquehal|"
           "59120 Loos|59510 Hem|59110 La Madeleine|59370 Mons-en-Barœul|"
           "59760 Grande-Synthe|59230 Saint-Amand-les-Eaux|59210 Coudekerque-Branche|"
           "59250 Halluin|59540 Caudry|59410 Anzin|59155 Faches-Thumesnil|59790 Ronchin|"
           "59330 Hautmont|59113 Seclin|59270 Bailleul|59139 Wattignies|59390 Lys-lez-Lannoy|"
           "59560 Comines|59320 Haubourdin|59450 Sin-le-Noble|59620 Aulnoye-Aymeries|"
           "59440 Avesnes-sur-Helpe|59610 Fourmies|59360 Le Cateau-Cambrésis|59490 Somain|"
           "59590 Raismes|59163 Condé-sur-l'Escaut|59350 Saint-André-lez-Lille|59420 Mouvaux|"
           "59910 Bondues|59310 Orchies|59460 Jeumont|59820 Gravelines|59118 Wambrechies|"
           "59530 Le Quesnoy|59720 Louvroil|59580 Aniche|59380 Bergues|59660 Merville"},
    {"60", "60000 Beauvais|60200 Compiègne|60100 Creil|60300 Senlis|60180 Nogent-sur-Oise|"
           "60400 Noyon|60800 Crépy-en-Valois|60110 Méru|60160 Montataire|60500 Chantilly|"
           "60600 Clermont|60700 Pont-Sainte-Maxence|60280 Margny-lès-Compiègne|"
           "60140 Liancourt|60270 Gouvieux|60230 Chambly|60870 Villers-Saint-Paul|"
           "60130 Saint-Just-en-Chaussée|60120 Breteuil|60210 Grandvilliers|60260 Lamorlaye|"
           "60250 Mouy|60190 Estrées-Saint-Denis|60150 Thourotte|60240 Chaumont-en-Vexin"},
    {"61", "61000 Alençon|61100 Flers|61200 Argentan|61300 L'Aigle|61600 La Ferté-Macé|"
           "61400 Mortagne-au-Perche|61500 Sées|61700 Domfront en Poiraie|61250 Damigny|"
           "61120 Vimoutiers|61130 Bellême|61230 Gacé|61800 Tinchebray-Bocage|"
           "61140 Bagnoles de l'Orne Normandie|61000 Saint-Germain-du-Corbéis"},
    {"62", "62000 Arras|62100 Calais|62200 Boulogne-sur-Mer|62300 Lens|62800 Liévin|"
           "62400 Béthune|62110 Hénin-Beaumont|62500 Saint-Omer|62700 Bruay-la-Buissière|"
           "62600 Berck|62220 Carvin|62210 Avion|62230 Outreau|62280 Saint-Martin-Boulogne|"
           "62510 Arques|62219 Longuenesse|62440 Harnes|62160 Bully-les-Mines|"
           "62640 Montigny-en-Gohelle|62480 Le Portel|62630 Étaples|"
           "62520 Le Touquet-Paris-Plage|62170 Montreuil|62130 Saint-Pol-sur-Ternoise|"
           "62120 Aire-sur-la-Lys|62330 Isbergues|62190 Lillers|62260 Auchel|"
           "62430 Sallaumines|62710 Courrières|62590 Oignies|62217 Achicourt|"
           "62223 Saint-Laurent-Blangy|62660 Beuvry|62290 Nœux-les-Mines|62680 Méricourt|"
           "62240 Desvres|62730 Marck|62340 Guînes|62610 Ardres|62140 Hesdin|62450 Bapaume|"
           "62930 Wimereux"},
    {"63", "63000 Clermont-Ferrand|63100 Clermont-Ferrand|63200 Riom|63300 Thiers|"
           "63500 Issoire|63800 Cournon-d'Auvergne|63400 Chamalières|63170 Aubière|"
           "63110 Beaumont|63360 Gerzat|63430 Pont-du-Château|63370 Lempdes|63600 Ambert|"
           "63190 Lezoux|63670 Le Cendre|63130 Royat|63140 Châtel-Guyon|63160 Billom|"
           "63540 Romagnat|63122 Ceyrat|63530 Volvic|63700 Saint-Éloy-les-Mines|"
           "63118 Cébazat|63260 Aigueperse|63570 Brassac-les-Mines|63270 Vic-le-Comte|"
           "63120 Courpière|63150 La Bourboule|63240 Le Mont-Dore|63200 Mozac"},
    {"64", "64000 Pau|64100 Bayonne|64200 Biarritz|64600 Anglet|64400 Oloron-Sainte-Marie|"
           "64300 Orthez|64500 Saint-Jean-de-Luz|64700 Hendaye|64140 Billère|64140 Lons|"
           "64230 Lescar|64150 Mourenx|64340 Boucau|64110 Jurançon|64122 Urrugne|"
           "64500 Ciboure|64210 Bidart|64990 Saint-Pierre-d'Irube|64130 Mauléon-Licharre|"
           "64220 Saint-Jean-Pied-de-Port|64270 Salies-de-Béarn|64800 Nay|64160 Morlaàs|"
           "64240 Hasparren|64480 Ustaritz|64250 Cambo-les-Bains|64360 Monein|"
           "64121 Serres-Castet|64320 Idron|64320 Bizanos|64110 Gelos|64260 Arudy|64170 Artix|"
           "64190 Navarrenx|64120 Saint-Palais|64250 Espelette"},
    {"65", "65000 Tarbes|65100 Lourdes|65200 Bagnères-de-Bigorre|65800 Aureilhan|"
           "65300 Lannemezan|65600 Séméac|65500 Vic-en-Bigorre|65400 Argelès-Gazost|"
           "65320 Bordères-sur-l'Échez|65420 Ibos|65290 Juillan|65310 Odos|65700 Maubourguet|"
           "65190 Tournay|65170 Saint-Lary-Soulan|65120 Luz-Saint-Sauveur|"
           "65140 Rabastens-de-Bigorre|65130 Capvern|65430 Soues|65310 Laloubère|"
           "65220 Trie-sur-Baïse|65240 Arreau"},
    {"66", "66000 Perpignan|66100 Perpignan|66140 Canet-en-Roussillon|66240 Saint-Estève|"
           "66700 Argelès-sur-Mer|66600 Rivesaltes|66750 Saint-Cyprien|66400 Céret|"
           "66500 Prades|66300 Thuir|66200 Elne|66330 Cabestany|"
           "66250 Saint-Laurent-de-la-Salanque|66270 Le Soler|66380 Pia|66430 Bompas|"
           "66350 Toulouges|66160 Le Boulou|66130 Ille-sur-Têt|66660 Port-Vendres|"
           "66190 Collioure|66650 Banyuls-sur-Mer|66120 Font-Romeu-Odeillo-Via|66170 Millas|"
           "66110 Amélie-les-Bains-Palalda|66530 Claira|66440 Torreilles|66280 Saleilles|"
           "66180 Villeneuve-de-la-Raho|66420 Le Barcarès|66470 Sainte-Marie-la-Mer"},
    {"67", "67000 Strasbourg|67100 Strasbourg|67200 Strasbourg|67500 Haguenau|"
           "67300 Schiltigheim|67400 Illkirch-Graffenstaden|67600 Sélestat|"
           "67380 Lingolsheim|67800 Bischheim|67240 Bischwiller|67700 Saverne|67210 Obernai|"
           "67800 Hoenheim|67540 Ostwald|67150 Erstein|67160 Wissembourg|67120 Molsheim|"
           "67170 Brumath|67118 Geispolsheim|67190 Mutzig|67140 Barr|67230 Benfeld|"
           "67460 Souffelweyersheim|67550 Vendenheim|67201 Eckbolsheim|67310 Wasselonne|"
           "67110 Reichshoffen|67110 Niederbronn-les-Bains|67520 Marlenheim|67560 Rosheim|"
           "67410 Drusenheim|67260 Sarre-Union|67330 Bouxwiller|67340 Ingwiller|"
           "67450 Mundolsheim|67610 La Wantzenau|67640 Fegersheim|67370 Truchtersheim|"
           "67220 Villé|67390 Marckolsheim|67760 Gambsheim"},
    {"68", "68000 Colmar|68100 Mulhouse|68200 Mulhouse|68300 Saint-Louis|68270 Wittenheim|"
           "68110 Illzach|68260 Kingersheim|68170 Rixheim|68400 Riedisheim|68500 Guebwiller|"
           "68700 Cernay|68310 Wittelsheim|68800 Thann|68390 Sausheim|68330 Huningue|"
           "68190 Ensisheim|68350 Brunstatt-Didenheim|68120 Pfastatt|68460 Lutterbach|"
           "68160 Sainte-Marie-aux-Mines|68130 Altkirch|68140 Munster|"
           "68360 Soultz-Haut-Rhin|68150 Ribeauvillé|68240 Kaysersberg Vallée|"
           "68180 Horbourg-Wihr|68920 Wintzenheim|68040 Ingersheim|68230 Turckheim|"
           "68250 Rouffach|68440 Habsheim|68220 Hégenheim|68730 Blotzheim|68600 Neuf-Brisach|"
           "68210 Dannemarie|68480 Ferrette|68510 Sierentz|68680 Kembs"},
    {"69", "69001 Lyon|69002 Lyon|69003 Lyon|69004 Lyon|69005 Lyon|69006 Lyon|69007 Lyon|"
           "69008 Lyon|69009 Lyon|69100 Villeurbanne|69200 Vénissieux|"
           "69400 Villefranche-sur-Saône|69120 Vaulx-en-Velin|69300 Caluire-et-Cuire|"
           "69500 Bron|69800 Saint-Priest|69140 Rillieux-la-Pape|69330 Meyzieu|"
           "69150 Décines-Charpieu|69110 Sainte-Foy-lès-Lyon|69700 Givors|"
           "69160 Tassin-la-Demi-Lune|69130 Écully|69230 Saint-Genis-Laval|69190 Saint-Fons|"
           "69340 Francheville|69780 Mions|69740 Genas|69530 Brignais|69170 Tarare|"
           "69290 Craponne|69250 Neuville-sur-Saône|69680 Chassieu|69960 Corbas|"
           "69570 Dardilly|69760 Limonest|69410 Champagne-au-Mont-d'Or|"
           "69270 Fontaines-sur-Saône|69220 Belleville-en-Beaujolais|69480 Anse|"
           "69210 L'Arbresle|69440 Mornant|69360 Saint-Symphorien-d'Ozon|"
           "69260 Charbonnières-les-Bains|69520 Grigny|69540 Irigny|69320 Feyzin|"
           "69630 Chaponost|69670 Vaugneray|69400 Gleizé|69210 Lentilly|69730 Genay|"
           "69330 Jonage|69580 Sathonay-Camp|69126 Brindas"},
    {"70", "70000 Vesoul|70200 Lure|70100 Gray|70300 Luxeuil-les-Bains|70400 Héricourt|"
           "70800 Saint-Loup-sur-Semouse|70500 Jussey|70190 Rioz|70170 Port-sur-Saône|"
           "70250 Ronchamp|70290 Champagney|70110 Villersexel|70150 Marnay|"
           "70000 Noidans-lès-Vesoul|70300 Saint-Sauveur|70160 Faverney|70600 Champlitte|"
           "70100 Arc-lès-Gray|70270 Melisey|70140 Pesmes|70000 Échenoz-la-Méline"},
    {"71", "71000 Mâcon|71100 Chalon-sur-Saône|71200 Le Creusot|71400 Autun|"
           "71300 Montceau-les-Mines|71600 Paray-le-Monial|71160 Digoin|71500 Louhans|"
           "71130 Gueugnon|71850 Charnay-lès-Mâcon|71700 Tournus|71150 Chagny|"
           "71230 Saint-Vallier|71140 Bourbon-Lancy|71250 Cluny|71380 Saint-Marcel|"
           "71450 Blanzy|71210 Montchanin|71240 Sennecey-le-Grand|71640 Givry|71120 Charolles|"
           "71110 Marcigny|71800 La Clayette|71170 Chauffailles|71270 Pierre-de-Bresse|"
           "71410 Sanvignes-les-Mines|71680 Crêches-sur-Saône|71570 La Chapelle-de-Guinchay"},
    {"72", "72000 Le Mans|72100 Le Mans|72200 La Flèche|72300 Sablé-sur-Sarthe|72600 Mamers|"
           "72700 Allonnes|72190 Coulaines|72400 La Ferté-Bernard|72500 Montval-sur-Loir|"
           "72560 Changé|72230 Arnage|72120 Saint-Calais|72220 Écommoy|72800 Le Lude|"
           "72140 Sillé-le-Guillaume|72110 Bonnétable|72230 Mulsanne|72530 Yvré-l'Évêque|"
           "72650 Saint-Saturnin|72130 Fresnay-sur-Sarthe|72540 Loué|72160 Connerré|"
           "72450 Montfort-le-Gesnois|72170 Beaumont-sur-Sarthe|72250 Parigné-l'Évêque|"
           "72210 La Suze-sur-Sarthe|72440 Bouloire|72360 Mayet|72320 Vibraye"},
    {"73", "73000 Chambéry|73100 Aix-les-Bains|73200 Albertville|"
           "73300 Saint-Jean-de-Maurienne|73290 La Motte-Servolex|73490 La Ravoire|"
           "73160 Cognin|73700 Bourg-Saint-Maurice|73400 Ugine|73600 Moûtiers|"
           "73230 Saint-Alban-Leysse|73000 Barberaz|73000 Jacob-Bellecombette|"
           "73800 Montmélian|73800 Porte-de-Savoie|73370 Le Bourget-du-Lac|"
           "73250 Saint-Pierre-d'Albigny|73100 Grésy-sur-Aix|73500 Modane|73000 Bassens|"
           "73170 Yenne|73330 Le Pont-de-Beauvoisin|73240 Saint-Genix-les-Villages|"
           "73190 Challes-les-Eaux|73460 Frontenex|73140 Saint-Michel-de-Maurienne|"
           "73210 Aime-la-Plagne|73360 Les Échelles|73420 Drumettaz-Clarafond|"
           "73100 Tresserve|73190 Saint-Baldoph|73470 Novalaise|73150 Val-d'Isère|"
           "73320 Tignes|73420 Voglans|73410 Entrelacs|73130 La Chambre|73120 Courchevel|"
           "73480 Val-Cenis"},
    {"74", "74000 Annecy|74200 Thonon-les-Bains|74100 Annemasse|74130 Bonneville|"
           "74300 Cluses|74700 Sallanches|74500 Évian-les-Bains|74150 Rumilly|"
           "74160 Saint-Julien-en-Genevois|74190 Passy|74240 Gaillard|74930 Reignier-Ésery|"
           "74800 La Roche-sur-Foron|74400 Chamonix-Mont-Blanc|74100 Ambilly|"
           "74970 Marignier|74950 Scionzier|74170 Saint-Gervais-les-Bains|"
           "74210 Faverges-Seythenex|74230 Thônes|74140 Sciez|74330 Épagny Metz-Tessy|"
           "74330 Poisy|74320 Sevrier|74140 Douvaine|74100 Vétraz-Monthoux|"
           "74100 Ville-la-Grand|74380 Cranves-Sales|74500 Publier|74460 Marnaz|74300 Thyez|"
           "74110 Morzine|74120 Megève|74310 Les Houches|74540 Alby-sur-Chéran|"
           "74350 Cruseilles|74270 Frangy|74340 Samoëns|74440 Taninges|"
           "74450 Le Grand-Bornand|74220 La Clusaz|74410 Saint-Jorioz|74520 Valleiry|"
           "74890 Bons-en-Chablais"},
    {"75", "75001 Paris|75003 Paris|75005 Paris|75008 Paris|75010 Paris|75011 Paris|"
           "75012 Paris|75013 Paris|75014 Paris|75015 Paris|75016 Paris|75017 Paris|"
           "75018 Paris|75019 Paris|75020 Paris"},
    {"76", "76000 Rouen|76100 Rouen|76600 Le Havre|76620 Le Havre|76200 Dieppe|76400 Fécamp|"
           "76300 Sotteville-lès-Rouen|76800 Saint-Étienne-du-Rouvray|"
           "76120 Le Grand-Quevilly|76140 Le Petit-Quevilly|76130 Mont-Saint-Aignan|"
           "76500 Elbeuf|76290 Montivilliers|76700 Harfleur|76210 Bolbec|76170 Lillebonne|"
           "76190 Yvetot|76360 Barentin|76150 Maromme|76250 Déville-lès-Rouen|"
           "76380 Canteleu|76160 Darnétal|76230 Bois-Guillaume|76350 Oissel|76260 Eu|"
           "76470 Le Tréport|76220 Gournay-en-Bray|76270 Neufchâtel-en-Bray|"
           "76440 Forges-les-Eaux|76460 Saint-Valery-en-Caux|76700 Gonfreville-l'Orcher|"
           "76310 Sainte-Adresse|76930 Octeville-sur-Mer|76320 Caudebec-lès-Elbeuf|"
           "76530 Grand-Couronne|76420 Bihorel|76520 Franqueville-Saint-Pierre|"
           "76770 Malaunay|76960 Notre-Dame-de-Bondeville|76790 Étretat|76550 Offranville|"
           "76570 Pavilly|76110 Goderville|76450 Cany-Barville|76390 Aumale"},
    {"77", "77000 Melun|77100 Meaux|77500 Chelles|77340 Pontault-Combault|"
           "77176 Savigny-le-Temple|77420 Champs-sur-Marne|77270 Villeparisis|77200 Torcy|"
           "77680 Roissy-en-Brie|77350 Le Mée-sur-Seine|77190 Dammarie-les-Lys|"
           "77600 Bussy-Saint-Georges|77380 Combs-la-Ville|77300 Fontainebleau|77160 Provins|"
           "77400 Lagny-sur-Marne|77330 Ozoir-la-Ferrière|77130 Montereau-Fault-Yonne|"
           "77186 Noisiel|77185 Lognes|77140 Nemours|77290 Mitry-Mory|"
           "77170 Brie-Comte-Robert|77120 Coulommiers|77700 Serris|77360 Vaires-sur-Marne|"
           "77550 Moissy-Cramayel|77410 Claye-Souilly|77127 Lieusaint|77210 Avon|"
           "77310 Saint-Fargeau-Ponthierry|77370 Nangis|77400 Thorigny-sur-Marne|"
           "77590 Bois-le-Roi|77220 Tournan-en-Brie|77260 La Ferté-sous-Jouarre|"
           "77230 Dammartin-en-Goële|77240 Vert-Saint-Denis|77240 Cesson|77184 Émerainville|"
           "77700 Chessy|77700 Magny-le-Hongre|77460 Souppes-sur-Loing|"
           "77580 Crécy-la-Chapelle|77470 Trilport|77450 Esbly|77144 Montévrain|"
           "77610 Fontenay-Trésigny|77540 Rozay-en-Brie|77720 Mormant|77480 Bray-sur-Seine|"
           "77440 Lizy-sur-Ourcq|77000 Vaux-le-Pénil"},
    {"78", "78000 Versailles|78500 Sartrouville|78200 Mantes-la-Jolie|"
           "78100 Saint-Germain-en-Laye|78300 Poissy|78180 Montigny-le-Bretonneux|"
           "78700 Conflans-Sainte-Honorine|78130 Les Mureaux|78370 Plaisir|78400 Chatou|"
           "78800 Houilles|78280 Guyancourt|78190 Trappes|78150 Le Chesnay-Rocquencourt|"
           "78990 Élancourt|78120 Rambouillet|78600 Maisons-Laffitte|"
           "78140 Vélizy-Villacoublay|78230 Le Pecq|78420 Carrières-sur-Seine|"
           "78360 Montesson|78110 Le Vésinet|78340 Les Clayes-sous-Bois|78220 Viroflay|"
           "78711 Mantes-la-Ville|78290 Croissy-sur-Seine|78260 Achères|"
           "78960 Voisins-le-Bretonneux|78310 Maurepas|78480 Verneuil-sur-Seine|"
           "78450 Villepreux|78160 Marly-le-Roi|78520 Limay|78390 Bois-d'Arcy|"
           "78955 Carrières-sous-Poissy|78330 Fontenay-le-Fleury|78170 La Celle-Saint-Cloud|"
           "78540 Vernouillet|78410 Aubergenville|78210 Saint-Cyr-l'École|78570 Andrésy|"
           "78510 Triel-sur-Seine|78114 Magny-les-Hameaux|78550 Houdan|"
           "78270 Bonnières-sur-Seine|78460 Chevreuse|78380 Bougival|78350 Jouy-en-Josas|"
           "78490 Montfort-l'Amaury|78250 Meulan-en-Yvelines"},
    {"79", "79000 Niort|79300 Bressuire|79200 Parthenay|79100 Thouars|79180 Chauray|"
           "79400 Saint-Maixent-l'École|79500 Melle|79230 Aiffres|79700 Mauléon|"
           "79140 Cerizay|79250 Nueil-les-Aubiers|79210 Mauzé-sur-le-Mignon|79410 Échiré|"
           "79110 Chef-Boutonne|79260 La Crèche|79600 Airvault|79330 Saint-Varent|"
           "79160 Coulonges-sur-l'Autize|79370 Celles-sur-Belle|79120 Lezay|79000 Bessines|"
           "79460 Magné"},
    {"80", "80000 Amiens|80080 Amiens|80090 Amiens|80100 Abbeville|80200 Péronne|"
           "80300 Albert|80500 Montdidier|80600 Doullens|80400 Ham|80700 Roye|80800 Corbie|"
           "80450 Camon|80330 Longueau|80130 Friville-Escarbotin|80120 Rue|"
           "80230 Saint-Valery-sur-Somme|80120 Fort-Mahon-Plage|80550 Le Crotoy|"
           "80420 Flixecourt|80290 Poix-de-Picardie|80110 Moreuil|80470 Ailly-sur-Somme|"
           "80220 Gamaches|80350 Mers-les-Bains|80440 Boves|80190 Nesle|80270 Airaines"},
    {"81", "81000 Albi|81100 Castres|81600 Gaillac|81300 Graulhet|81500 Lavaur|"
           "81200 Mazamet|81400 Carmaux|81160 Saint-Juéry|81200 Aussillon|"
           "81370 Saint-Sulpice-la-Pointe|81310 Lisle-sur-Tarn|81800 Rabastens|"
           "81290 Labruguière|81120 Réalmont|81170 Cordes-sur-Ciel|"
           "81380 Lescure-d'Albigeois|81700 Puylaurens|81400 Blaye-les-Mines|"
           "81150 Marssac-sur-Tarn|81990 Le Séquestre|81230 Lacaune|81580 Soual|"
           "81710 Saïx|81440 Lautrec"},
    {"82", "82000 Montauban|82100 Castelsarrasin|82200 Moissac|82300 Caussade|"
           "82400 Valence|82700 Montech|82800 Nègrepelisse|82500 Beaumont-de-Lomagne|"
           "82600 Verdun-sur-Garonne|82170 Grisolles|82370 Labastide-Saint-Pierre|"
           "82130 Lafrançaise|82160 Caylus|82140 Saint-Antonin-Noble-Val|82800 Montricoux|"
           "82700 Finhan|82710 Bressols|82440 Réalville|82210 Saint-Nicolas-de-la-Grave|"
           "82350 Albias|82110 Lauzerte|82150 Montaigu-de-Quercy|82240 Septfonds|"
           "82340 Auvillar|82410 Saint-Étienne-de-Tulmont|82370 Corbarieu|"
           "82250 Laguépie|82170 Dieupentale|82230 Monclar-de-Quercy"},
    {"83", "83000 Toulon|83100 Toulon|83200 Toulon|83600 Fréjus|83400 Hyères|"
           "83300 Draguignan|83500 La Seyne-sur-Mer|83700 Saint-Raphaël|"
           "83140 Six-Fours-les-Plages|83130 La Garde|83170 Brignoles|83160 La Valette-du-Var|"
           "83110 Sanary-sur-Mer|83120 Sainte-Maxime|83470 Saint-Maximin-la-Sainte-Baume|"
           "83220 Le Pradet|83260 La Crau|83190 Ollioules|83150 Bandol|83330 Le Beausset|"
           "83310 Cogolin|83990 Saint-Tropez|83340 Le Luc|83550 Vidauban|83490 Le Muy|"
           "83520 Roquebrune-sur-Argens|83480 Puget-sur-Argens|83510 Lorgues|"
           "83210 Solliès-Pont|83320 Carqueiranne|83250 La Londe-les-Maures|"
           "83230 Bormes-les-Mimosas|83980 Le Lavandou|83270 Saint-Cyr-sur-Mer|"
           "83720 Trans-en-Provence|83390 Cuers|83136 Garéoult|83430 Saint-Mandrier-sur-Mer|"
           "83440 Fayence|83460 Les Arcs|83310 Grimaud|83240 Cavalaire-sur-Mer|"
           "83740 La Cadière-d'Azur|83670 Barjols|83560 Rians|83690 Salernes|83630 Aups|"
           "83440 Montauroux"},
    {"84", "84000 Avignon|84200 Carpentras|84100 Orange|84300 Cavaillon|84400 Apt|"
           "84120 Pertuis|84800 L'Isle-sur-la-Sorgue|84700 Sorgues|84500 Bollène|"
           "84130 Le Pontet|84170 Monteux|84270 Vedène|84600 Valréas|84110 Vaison-la-Romaine|"
           "84250 Le Thor|84210 Pernes-les-Fontaines|84320 Entraigues-sur-la-Sorgue|"
           "84310 Morières-lès-Avignon|84230 Châteauneuf-du-Pape|84350 Courthézon|"
           "84260 Sarrians|84370 Bédarrides|84380 Mazan|84160 Cadenet|84360 Lauris|"
           "84460 Cheval-Blanc|84510 Caumont-sur-Durance|84150 Jonquières|84420 Piolenc|"
           "84430 Mondragon|84850 Camaret-sur-Aigues|84290 Sainte-Cécile-les-Vignes|"
           "84340 Malaucène|84220 Gordes|84440 Robion|84160 Lourmarin|"
           "84240 La Tour-d'Aigues"},
    {"85", "85000 La Roche-sur-Yon|85100 Les Sables-d'Olonne|85300 Challans|"
           "85200 Fontenay-le-Comte|85500 Les Herbiers|85600 Montaigu-Vendée|"
           "85270 Saint-Hilaire-de-Riez|85400 Luçon|85160 Saint-Jean-de-Monts|85190 Aizenay|"
           "85700 Pouzauges|85110 Chantonnay|85290 Mortagne-sur-Sèvre|"
           "85800 Saint-Gilles-Croix-de-Vie|85140 Essarts en Bocage|85280 La Ferrière|"
           "85000 Mouilleron-le-Captif|85440 Talmont-Saint-Hilaire|"
           "85330 Noirmoutier-en-l'Île|85230 Beauvoir-sur-Mer|85350 L'Île-d'Yeu|"
           "85250 Saint-Fulgent|85620 Rocheservière|85210 Sainte-Hermine|"
           "85560 Longeville-sur-Mer|85360 La Tranche-sur-Mer|85170 Le Poiré-sur-Vie|"
           "85170 Dompierre-sur-Yon|85190 Venansault|85480 Bournezeau|85120 La Châtaigneraie|"
           "85290 Saint-Laurent-sur-Sèvre|85470 Bretignolles-sur-Mer|85520 Jard-sur-Mer"},
    {"86", "86000 Poitiers|86100 Châtellerault|86180 Buxerolles|86500 Montmorillon|"
           "86300 Chauvigny|86200 Loudun|86280 Saint-Benoît|86130 Jaunay-Marigny|"
           "86530 Naintré|86170 Neuville-de-Poitou|86400 Civray|86320 Lussac-les-Châteaux|"
           "86370 Vivonne|86440 Migné-Auxances|86240 Fontaine-le-Comte|"
           "86550 Mignaloux-Beauvoir|86240 Ligugé|86140 Lencloître|86110 Mirebeau|"
           "86190 Vouillé|86220 Dangé-Saint-Romain|86360 Chasseneuil-du-Poitou|"
           "86130 Saint-Georges-lès-Baillargeaux|86160 Gençay|86270 La Roche-Posay|"
           "86600 Lusignan|86800 Saint-Julien-l'Ars|86580 Vouneuil-sous-Biard"},
    {"87", "87000 Limoges|87100 Limoges|87280 Limoges|87200 Saint-Junien|87300 Bellac|"
           "87350 Panazol|87270 Couzeix|87170 Isle|87500 Saint-Yrieix-la-Perche|"
           "87220 Feytiat|87410 Le Palais-sur-Vienne|87240 Ambazac|87700 Aixe-sur-Vienne|"
           "87400 Saint-Léonard-de-Noblat|87600 Rochechouart|"
           "87250 Bessines-sur-Gartempe|87120 Eymoutiers|87920 Condat-sur-Vienne|"
           "87430 Verneuil-sur-Vienne|87210 Le Dorat|87800 Nexon|87230 Châlus|"
           "87220 Boisseuil|87260 Pierre-Buffière|87520 Oradour-sur-Glane|"
           "87570 Rilhac-Rancon"},
    {"88", "88000 Épinal|88100 Saint-Dié-des-Vosges|88300 Neufchâteau|88400 Gérardmer|"
           "88200 Remiremont|88150 Capavenir Vosges|88190 Golbey|88700 Rambervillers|"
           "88500 Mirecourt|88110 Raon-l'Étape|88000 Chantraine|88200 Saint-Nabord|"
           "88800 Vittel|88600 Bruyères|88160 Le Thillot|88250 La Bresse|"
           "88140 Contrexéville|88130 Charmes|88260 Darney|88370 Plombières-les-Bains|"
           "88310 Cornimont|88340 Le Val-d'Ajol|88210 Senones|88230 Fraize|88220 Xertigny|"
           "88510 Éloyes|88120 Vagney"},
    {"89", "89000 Auxerre|89100 Sens|89200 Avallon|89300 Joigny|89400 Migennes|"
           "89500 Villeneuve-sur-Yonne|89600 Saint-Florentin|89700 Tonnerre|89800 Chablis|"
           "89100 Paron|89100 Saint-Clément|89470 Monéteau|89380 Appoigny|89130 Toucy|"
           "89140 Pont-sur-Yonne|89170 Saint-Fargeau|89120 Charny Orée de Puisaye|"
           "89340 Villeneuve-la-Guyard|89210 Brienon-sur-Armançon|89270 Vermenton|"
           "89250 Seignelay|89000 Saint-Georges-sur-Baulche|89000 Perrigny|89550 Héry|"
           "89450 Vézelay|89310 Noyers|89160 Ancy-le-Franc"},
    {"90", "90000 Belfort|90100 Delle|90300 Valdoie|90500 Beaucourt|90300 Offemont|"
           "90800 Bavilliers|90400 Danjoutin|90600 Grandvillars|90200 Giromagny|90850 Essert|"
           "90700 Châtenois-les-Forges|90110 Rougemont-le-Château|90140 Bourogne|"
           "90130 Montreux-Château|90300 Cravanche|90350 Évette-Salbert|90120 Morvillars|"
           "90170 Étueffont|90400 Andelnans|90160 Bessoncourt"},
    {"91", "91000 Évry-Courcouronnes|91100 Corbeil-Essonnes|91300 Massy|"
           "91600 Savigny-sur-Orge|91700 Sainte-Geneviève-des-Bois|91120 Palaiseau|"
           "91170 Viry-Châtillon|91200 Athis-Mons|91210 Draveil|91330 Yerres|91350 Grigny|"
           "91130 Ris-Orangis|91800 Brunoy|91270 Vigneux-sur-Seine|91150 Étampes|"
           "91230 Montgeron|91260 Juvisy-sur-Orge|91940 Les Ulis|91160 Longjumeau|"
           "91220 Brétigny-sur-Orge|91400 Orsay|91190 Gif-sur-Yvette|"
           "91240 Saint-Michel-sur-Orge|91390 Morsang-sur-Orge|91380 Chilly-Mazarin|"
           "91540 Mennecy|91410 Dourdan|91290 Arpajon|91140 Villebon-sur-Yvette|"
           "91860 Épinay-sous-Sénart|91480 Quincy-sous-Sénart|91430 Igny|91070 Bondoufle|"
           "91090 Lisses|91700 Fleury-Mérogis|91580 Étréchy|91490 Milly-la-Forêt|"
           "91180 Saint-Germain-lès-Arpajon|91610 Ballancourt-sur-Essonne|91760 Itteville|"
           "91470 Limours|91440 Bures-sur-Yvette|91370 Verrières-le-Buisson|91320 Wissous|"
           "91550 Paray-Vieille-Poste|91420 Morangis|91460 Marcoussis|91310 Montlhéry|"
           "91280 Saint-Pierre-du-Perray|91450 Soisy-sur-Seine|91250 Tigery|91560 Crosne|"
           "91650 Breuillet|91530 Saint-Chéron|91670 Angerville|91400 Saclay"},
    {"92", "92000 Nanterre|92100 Boulogne-Billancourt|92400 Courbevoie|92700 Colombes|"
           "92600 Asnières-sur-Seine|92500 Rueil-Malmaison|92130 Issy-les-Moulineaux|"
           "92300 Levallois-Perret|92200 Neuilly-sur-Seine|92160 Antony|92110 Clichy|"
           "92140 Clamart|92120 Montrouge|92190 Meudon|92800 Puteaux|92150 Suresnes|"
           "92230 Gennevilliers|92220 Bagneux|92320 Châtillon|92240 Malakoff|"
           "92290 Châtenay-Malabry|92170 Vanves|92350 Le Plessis-Robinson|92330 Sceaux|"
           "92260 Fontenay-aux-Roses|92340 Bourg-la-Reine|92210 Saint-Cloud|92310 Sèvres|"
           "92390 Villeneuve-la-Garenne|92380 Garches|92270 Bois-Colombes|"
           "92250 La Garenne-Colombes|92370 Chaville|92410 Ville-d'Avray|92420 Vaucresson|"
           "92430 Marnes-la-Coquette"},
    {"93", "93000 Bobigny|93200 Saint-Denis|93100 Montreuil|93300 Aubervilliers|"
           "93600 Aulnay-sous-Bois|93700 Drancy|93160 Noisy-le-Grand|93500 Pantin|"
           "93140 Bondy|93800 Épinay-sur-Seine|93270 Sevran|93400 Saint-Ouen-sur-Seine|"
           "93150 Le Blanc-Mesnil|93110 Rosny-sous-Bois|93170 Bagnolet|93190 Livry-Gargan|"
           "93130 Noisy-le-Sec|93220 Gagny|93120 La Courneuve|93420 Villepinte|93240 Stains|"
           "93370 Montfermeil|93290 Tremblay-en-France|93230 Romainville|"
           "93390 Clichy-sous-Bois|93330 Neuilly-sur-Marne|93380 Pierrefitte-sur-Seine|"
           "93250 Villemomble|93260 Les Lilas|93310 Le Pré-Saint-Gervais|93340 Le Raincy|"
           "93320 Les Pavillons-sous-Bois|93430 Villetaneuse|93450 L'Île-Saint-Denis|"
           "93440 Dugny|93350 Le Bourget|93360 Neuilly-Plaisance|93460 Gournay-sur-Marne|"
           "93470 Coubron|93410 Vaujours"},
    {"94", "94000 Créteil|94400 Vitry-sur-Seine|94500 Champigny-sur-Marne|"
           "94100 Saint-Maur-des-Fossés|94200 Ivry-sur-Seine|94700 Maisons-Alfort|"
           "94120 Fontenay-sous-Bois|94800 Villejuif|94300 Vincennes|94140 Alfortville|"
           "94600 Choisy-le-Roi|94170 Le Perreux-sur-Marne|94240 L'Haÿ-les-Roses|"
           "94190 Villeneuve-Saint-Georges|94130 Nogent-sur-Marne|94230 Cachan|94320 Thiais|"
           "94310 Orly|94220 Charenton-le-Pont|94270 Le Kremlin-Bicêtre|94260 Fresnes|"
           "94550 Chevilly-Larue|94370 Sucy-en-Brie|94380 Bonneuil-sur-Marne|"
           "94350 Villiers-sur-Marne|94160 Saint-Mandé|94340 Joinville-le-Pont|94110 Arcueil|"
           "94250 Gentilly|94450 Limeil-Brévannes|94470 Boissy-Saint-Léger|94460 Valenton|"
           "94360 Bry-sur-Marne|94430 Chennevières-sur-Marne|94490 Ormesson-sur-Marne|"
           "94420 Le Plessis-Trévise|94510 La Queue-en-Brie|94440 Villecresnes|94150 Rungis|"
           "94410 Saint-Maurice|94480 Ablon-sur-Seine|94290 Villeneuve-le-Roi|"
           "94520 Mandres-les-Roses|94880 Noiseau"},
    {"95", "95000 Cergy|95100 Argenteuil|95200 Sarcelles|95300 Pontoise|"
           "95140 Garges-lès-Gonesse|95130 Franconville|95190 Goussainville|95870 Bezons|"
           "95120 Ermont|95400 Villiers-le-Bel|95500 Gonesse|95150 Taverny|"
           "95220 Herblay-sur-Seine|95110 Sannois|95600 Eaubonne|"
           "95240 Cormeilles-en-Parisis|95310 Saint-Ouen-l'Aumône|95170 Deuil-la-Barre|"
           "95160 Montmorency|95210 Saint-Gratien|95230 Soisy-sous-Montmorency|"
           "95370 Montigny-lès-Cormeilles|95520 Osny|95490 Vauréal|95280 Jouy-le-Moutier|"
           "95330 Domont|95470 Fosses|95290 L'Isle-Adam|95260 Beaumont-sur-Oise|95340 Persan|"
           "95880 Enghien-les-Bains|95400 Arnouville|95380 Louvres|95610 Éragny|"
           "95480 Pierrelaye|95540 Méry-sur-Oise|95420 Magny-en-Vexin|95640 Marines|"
           "95430 Auvers-sur-Oise|95440 Écouen|95350 Saint-Brice-sous-Forêt|95360 Montmagny|"
           "95410 Groslay|95460 Ézanville|95250 Beauchamp|95320 Saint-Leu-la-Forêt|"
           "95180 Menucourt|95800 Courdimanche|95700 Roissy-en-France|95270 Luzarches|"
           "95620 Parmain"},
    {"971", "97100 Basse-Terre|97110 Pointe-à-Pitre|97139 Les Abymes|97122 Baie-Mahault|"
            "97190 Le Gosier|97170 Petit-Bourg|97180 Sainte-Anne|97160 Le Moule|"
            "97115 Sainte-Rose|97130 Capesterre-Belle-Eau|97129 Lamentin|"
            "97118 Saint-François|97111 Morne-à-l'Eau|97113 Gourbeyre|97114 Trois-Rivières|"
            "97125 Bouillante|97126 Deshaies|97128 Goyave|97112 Grand-Bourg|"
            "97120 Saint-Claude|97131 Petit-Canal|97117 Port-Louis|97121 Anse-Bertrand|"
            "97119 Vieux-Habitants|97116 Pointe-Noire|97123 Baillif"},
    {"972", "97200 Fort-de-France|97234 Fort-de-France|97232 Le Lamentin|97231 Le Robert|"
            "97233 Schœlcher|97230 Sainte-Marie|97240 Le François|97224 Ducos|"
            "97212 Saint-Joseph|97211 Rivière-Pilote|97220 La Trinité|97290 Le Marin|"
            "97250 Saint-Pierre|97228 Sainte-Luce|97280 Le Vauclin|97215 Rivière-Salée|"
            "97229 Les Trois-Îlets|97214 Le Lorrain|97213 Le Gros-Morne|97223 Le Diamant|"
            "97227 Sainte-Anne|97221 Le Carbet|97222 Case-Pilote|97218 Basse-Pointe|"
            "97260 Le Morne-Rouge|97217 Les Anses-d'Arlet"},
    {"973", "97300 Cayenne|97320 Saint-Laurent-du-Maroni|97310 Kourou|97351 Matoury|"
            "97354 Rémire-Montjoly|97355 Macouria|97360 Mana|97370 Maripasoula|"
            "97313 Saint-Georges|97315 Sinnamary|97317 Apatou|97356 Montsinéry-Tonnegrande|"
            "97311 Roura|97350 Iracoubo|97340 Grand-Santi|97316 Papaïchton|97390 Régina|"
            "97319 Awala-Yalimapo"},
    {"974", "97400 Saint-Denis|97460 Saint-Paul|97410 Saint-Pierre|97430 Le Tampon|"
            "97440 Saint-André|97450 Saint-Louis|97420 Le Port|97470 Saint-Benoît|"
            "97480 Saint-Joseph|97438 Sainte-Marie|97441 Sainte-Suzanne|97436 Saint-Leu|"
            "97419 La Possession|97427 L'Étang-Salé|97429 Petite-Île|97425 Les Avirons|"
            "97412 Bras-Panon|97413 Cilaos|97414 Entre-Deux|97442 Saint-Philippe|"
            "97439 Sainte-Rose|97433 Salazie|97431 La Plaine-des-Palmistes|"
            "97426 Trois-Bassins"},
    {"976", "97600 Mamoudzou|97610 Dzaoudzi|97615 Pamandzi|97690 Koungou|97660 Dembéni|"
            "97640 Sada|97620 Chirongui|97650 Bandraboua|97680 Tsingoni|97670 Ouangani|"
            "97670 Chiconi|97620 Bouéni|97625 Kani-Kéli|97660 Bandrélé|97630 Acoua"},
};

const char *const kFemaleFirstNames[] = {
    "Hélène", "Éloïse", "Anaïs", "Marie-Ange", "Zoé", "Chloé", "Léa", "Camille", "Manon", "Inès",
    "Océane", "Sarah", "Julie", "Émilie", "Aurélie", "Céline", "Sophie", "Nathalie", "Isabelle",
    "Sandrine", "Valérie", "Stéphanie", "Christelle", "Laëtitia", "Mélanie", "Élodie", "Virginie",
    "Audrey", "Caroline", "Charlotte", "Margaux", "Juliette", "Louise", "Alice", "Jeanne", "Agnès",
    "Bérénice", "Maëlle", "Noémie", "Gaëlle", "Solène", "Françoise", "Monique", "Sylvie",
    "Corinne", "Véronique", "Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Fatima", "Amina",
    "Yasmine", "Leïla", "Aïcha", "Nadia", "Samira", "Fanny", "Pauline", "Amandine", "Lucie",
    "Clémence", "Justine", "Marion", "Estelle", "Séverine", "Mylène", "Régine", "Ghislaine",
    "Josiane", "Brigitte", "Dominique", "Claire", "Laure", "Ophélie", "Capucine", "Rose", "Jade",
    "Lina", "Mia", "Emma", "Ambre", "Anna", "Léna", "Lou", "Mila", "Nina", "Romane", "Éléonore",
    "Adèle", "Apolline", "Victoire", "Héloïse", "Joséphine", "Margot", "Clara", "Eva", "Maëva",
    "Lola", "Lilou", "Agathe", "Constance", "Delphine", "Florence", "Catherine", "Christine",
    "Martine", "Nicole", "Annie", "Patricia", "Karine", "Émeline", "Gwenaëlle", "Nolwenn",
    "Soizic", "Maïwenn", "Armelle", "Bénédicte", "Geneviève", "Thérèse", "Odile", "Colette",
    "Danielle", "Chantal", "Évelyne", "Jacqueline", "Mireille", "Muriel", "Pascale", "Laurence",
    "Cécile", "Béatrice", "Anne-Laure", "Anne-Marie", "Marie-Christine", "Marie-Laure",
    "Marie-Pierre", "Marie-José", "Marie-Noëlle", "Marie-Thérèse", "Rose-Marie", "Anne-Claire",
    "Marie-Lou", "Khadija", "Naïma", "Malika", "Rachida", "Souad", "Kenza", "Salma", "Myriam",
    "Sofia", "Nour", "Awa", "Fatoumata", "Aminata", "Mariama", "Stella", "Zélie", "Célia",
    "Maëlys", "Elsa", "Alix", "Garance", "Perrine", "Nadège", "Sabine", "Sonia", "Magali", "Maud",
    "Raphaëlle", "Noëlle", "Aude", "Flavie", "Tiphaine", "Blandine", "Ségolène", "Axelle",
    "Coralie", "Jessica", "Vanessa", "Sabrina", "Ludivine", "Angélique", "Marina", "Sylviane",
    "Huguette", "Simone", "Lucienne", "Annick", "Maryvonne", "Gisèle", "Solange", "Ginette",
    "Lætitia", "Ingrid", "Katia", "Mathilde", "Morgane", "Anaëlle", "Cassandra", "Maïlys",
};

const char *const kMaleFirstNames[] = {
    "Jérôme", "François", "Loïc", "Jean-Baptiste", "Noé", "Sébastien", "Romain", "Simon",
    "Vincent", "Franck", "Nicolas", "Julien", "Mathieu", "Thomas", "Olivier", "Stéphane",
    "Frédéric", "Cédric", "Grégory", "Jérémy", "Benoît", "Hervé", "Pascal", "Thierry", "Éric",
    "Gérard", "Michel", "Philippe", "Laurent", "Christophe", "Arnaud", "Guillaume", "Maxime",
    "Antoine", "Hugo", "Lucas", "Théo", "Raphaël", "Gaël", "Yannick", "Mickaël", "Anthony",
    "Kévin", "Florian", "Adrien", "Jean-Luc", "Jean-Marie", "Pierre-Yves", "Jean-François",
    "Karim", "Mehdi", "Rachid", "Youssef", "Mamadou", "Moussa", "Ghislain", "Lionel", "Serge",
    "Daniel", "Patrick", "Gilbert", "André", "Roger", "Yves", "Denis", "Bruno", "Xavier", "Cyril",
    "Bastien", "Clément", "Quentin", "Valentin", "Joël", "Léon", "Émile", "Gabriel", "Louis",
    "Arthur", "Jules", "Nathan", "Enzo", "Mathis", "Tom", "Timothée", "Baptiste", "Alexandre",
    "Alexis", "Aurélien", "Damien", "Fabien", "Fabrice", "Gaëtan", "Germain", "Grégoire",
    "Hadrien", "Jacques", "Jean", "Jean-Claude", "Jean-Pierre", "Jean-Michel", "Jean-Paul",
    "Jean-Louis", "Jean-Yves", "Jean-Jacques", "Jean-Christophe", "Jean-Philippe", "Pierre-Louis",
    "Pierre-Antoine", "Paul-Henri", "Marc-Antoine", "Charles-Édouard", "Louis-Marie",
    "Jean-Noël", "Maël", "Malo", "Erwan", "Gwénaël", "Yann", "Ronan", "Tanguy", "Corentin",
    "Killian", "Brieuc", "Joseph", "Marcel", "Raymond", "René", "Henri", "Robert", "Claude",
    "Alain", "Jean-Sébastien", "Marc", "Luc", "Paul", "Pierre", "Martin", "Victor", "Léo",
    "Sacha", "Ethan", "Noah", "Adam", "Rayan", "Sofiane", "Samir", "Nabil", "Farid", "Hakim",
    "Saïd", "Mohamed", "Ibrahim", "Ousmane", "Amadou", "Boubacar", "Éloi", "Anatole", "Augustin",
    "Côme", "Félix", "Gaspard", "Marius", "Octave", "Léandre", "Aymeric", "Édouard", "Étienne",
    "Florent", "Gilles", "Guy", "Hubert", "Jocelyn", "Ludovic", "Morgan", "Patrice", "Régis",
    "Rémi", "Sylvain", "Tristan", "Ulysse", "Wilfried", "Yohan", "Yoann", "Zacharie", "Benjamin",
    "Jonathan", "David", "Samuel", "Emmanuel", "Didier", "Christian", "Bernard", "Francis",
    "Jean-Marc", "Thibault", "Amaury", "Hippolyte", "Noël", "Mathéo", "Lilian", "Axel",
};

const char *const kLastNames[] = {
    // The most frequent names of France.
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
    "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément",
    "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez",
    "Gérard", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger", "Roche", "Roy",
    "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour", "Blanchard",
    "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez",
    "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
    "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix",
    "Fabre", "Dupuis", "Olivier", "Rodriguez", "Hubert", "Louis", "Charles", "Guillot",
    "Rivière", "Guillaume", "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Ménard",
    "Fleury", "Deschamps", "Carpentier", "Julien", "Benoît", "Paris", "Maillard", "Marchal",
    "Aubry", "Vasseur", "Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier",
    "Royer", "Huet", "Baron", "Dupuy", "Pons", "Paul", "Lainé", "Carré", "Breton", "Rémy",
    "Schneider", "Perrot", "Guyot", "Barre", "Marty", "Cousin", "Bouvier", "Boucher",
    "Lemaître", "Hamel", "Besson", "Germain", "Lebrun", "Chauvin", "Weber", "Bailly", "Hervé",
    "Gilbert", "Perret", "Tessier", "Hamon", "Lejeune", "Millet", "Leblanc", "Bertin", "Leduc",
    "Daniel", "Collin", "Langlois", "Bouchet", "Mallet", "Cordier", "Étienne",
    "Joubert", "Mercier-Dupré", "Granger", "Thibault", "Delmas", "Lefort", "Chevallier",
    "Texier", "Hoarau", "Payet", "Grondin", "Fontanié", "Jacob", "Bouvet", "Leconte", "Poulain",
    "Hébert", "Gauthier-Lacroix", "Barthélemy", "Léger", "Lévêque", "Pelletier", "Devaux",
    "Humbert", "Rocher", "Pasquier", "Sauvage", "Gros", "Delaunay", "Clerc", "Dumoulin",
    "Bérard", "Carrel", "Ducret", "Chapuis", "Gallet", "Cordel", "Tissot", "Vial", "Bonnin",
    "Navarro", "Ferrand", "Laporte", "Bigot", "Couturier", "Chartier", "Lucas-Martin",
    // Compound names and particles.
    "Le Cerf", "D'Angelo", "N'Diaye", "D'Almeida", "L'Hôte", "D'Arco", "O'Neill", "Hubert-Boyer",
    "Martin-Dupont", "Lefort-Bernard", "Saint-Martin", "De La Fontaine", "De Sousa",
    "Da Silva", "Dos Santos", "Da Costa", "De Oliveira", "Le Gall", "Le Roux", "Le Goff",
    "Le Bihan", "Le Floch", "Le Gac", "Le Guen", "Le Corre", "Le Moal", "Le Pape", "Le Brun",
    "Le Bris", "Le Meur", "Le Berre", "Du Pont", "Des Rosiers", "De Boisjoli", "Giraud-Morel",
    "Chevalier-Roux", "Petit-Jean", "Saint-Cyr", "Sainte-Marie", "Van den Berghe", "Van Damme",
    "De Smet", "D'Hondt", "Lagarde-Ferrand", "Blanc-Bernard", "Grand-Clément",
    // Brittany, Basque Country, Corsica, Alsace, Occitania, Savoy.
    "Kerbrat", "Quéré", "Jouan", "Guivarc'h", "Tanguy", "Prigent", "Kervella", "Le Hir",
    "Etcheverry", "Irigoyen", "Etchegaray", "Harriet", "Iribarne", "Casanova", "Santoni",
    "Ferrandi", "Mattei", "Luciani", "Albertini", "Pieri", "Giacomoni", "Orsini", "Colonna",
    "Schmitt-Weber", "Muller-Koch", "Klein", "Wagner", "Koenig", "Zimmermann", "Fischer",
    "Hoffmann", "Meyer-Stoll", "Bauer", "Walter", "Kieffer", "Haas", "Fabregat", "Puig",
    "Sabatier", "Castan", "Teyssier", "Bousquet", "Cabrol", "Vergnes", "Delpech", "Bonnafous",
    "Blachier", "Villand", "Levannier", "Veltri", "Guillemat", "Loyet", "Viboud", "Plagnol",
    "Laboret", "Bordon", "Garlatti", "Verdoya", "Debernardi", "Goaër", "Côté", "Bœuf",
    // Italy, Spain, Portugal, Poland, Armenia.
    "Russo", "Romano", "Esposito", "Bianchi", "Ricci", "Ferrari", "Rossi", "Fontana", "Moretti",
    "Avila", "Ruiz", "Jiménez", "Moreno", "Muñoz", "Alonso", "Gómez", "Hernández", "Sánchez-Ruiz",
    "Pereira", "Ferreira", "Rodrigues", "Gonçalves", "Teixeira", "Carvalho", "Lopes", "Pinto",
    "Kowalski", "Nowak", "Wiśniewski", "Lewandowski", "Zielinski", "Kaczmarek", "Petrossian",
    "Manoukian", "Aznavourian", "Karapetian",
    // North Africa, West Africa, Comoros.
    "Benali", "Haddad", "Mansouri", "Ben Ahmed", "Benaïssa", "Bouzid", "Cherif", "Khelifi",
    "Amrani", "Belkacem", "Brahimi", "Hamidi", "Saidi", "Boukhris", "El Amrani", "El Idrissi",
    "Ait Ahmed", "Ait Ouali", "Ben Youssef", "Zerrouki", "Meziane", "Djebbar", "Larbi",
    "Traoré", "Diallo", "Cissé", "Koné", "Diarra", "Camara", "Sylla", "Keïta", "Touré", "Sow",
    "Ba", "Diop", "Fall", "Ndiaye", "Sissoko", "Coulibaly", "Kanté", "Doumbia", "Mbemba",
    "Mabiala", "Nkounkou", "Ahamada", "Madi", "Soilihi", "Abdallah",
    // Asia, the Antilles, Réunion and Guyana.
    "Nguyen", "Tran", "Lê", "Pham", "Phan", "Vu", "Dang", "Truong", "Huynh", "Chen", "Wang",
    "Lin", "Zhang", "Liu", "Kim", "Sok", "Chhay", "Vongsavanh", "Rakotomalala",
    "Randrianarivelo", "Marie-Sainte", "Jean-Louis", "Saint-Ange", "Pierre-Louis", "Théodose",
    "Lubin", "Éloi", "Nelson", "Clairville", "Calixte", "Bellemare", "Lauret", "Fontaine-Payet",
    "Técher", "Rivière-Hoarau", "Boyer-Técher", "Maillot", "Turpin", "Dijoux", "Nativel",
    "Robert-Hoarau", "Sinama", "Ramassamy", "Virapoullé", "Moutou", "Latchimy", "Chane-Kune",
    "Ah-Thion", "Lebon", "Mondon", "Fontaine-Calixte", "Toulemonde", "Lavenant",
    // More of metropolitan France.
    "Bouquet", "Charrier", "Delorme", "Ferré", "Fouquet", "Gaudin", "Gillet", "Girault",
    "Jourdan", "Labbé", "Lacombe", "Lambertin", "Lemarchand", "Lesage", "Levasseur", "Maréchal",
    "Marin", "Marque", "Mignot", "Moine", "Monnier", "Morvan", "Neveu", "Pichon", "Pineau",
    "Poisson", "Raynaud", "Regnier", "Riou", "Rouxel", "Salmon", "Tardy", "Thiébaut", "Valentin",
    "Vallet", "Verdier", "Vignaud", "Voisin",
};

const char *const kStreetNames[] = {
    "rue Victor Hugo", "avenue de la République", "place de l'Église", "chemin des Écoliers",
    "route de Laujol", "rue Jean Jaurès", "boulevard Gambetta", "rue de la Mairie",
    "place du Marché", "rue Pasteur", "avenue du Général de Gaulle", "rue des Écoles",
    "impasse des Tilleuls", "rue de la Gare", "allée des Peupliers", "rue Émile Zola",
    "rue du Château", "avenue Jean Moulin", "rue des Lilas", "rue de l'Hôtel de Ville",
    "place de la Libération", "rue Anatole France", "rue du 8 Mai 1945", "chemin de la Fontaine",
    "rue des Prés", "rue Gustave Eiffel", "rue Saint-Exupéry", "rue des Vergers",
    "avenue des Alpes", "rue du Moulin", "rue de la Paix", "quai des Bateliers",
    "rue Louise Michel", "rue Simone Veil", "rue Marie Curie", "rue Jules Ferry",
    "rue de la Solidarité", "faubourg Sainte-Blanche", "boulevard Montebello",
    "rue François Mitterrand", "chemin du Stade", "rue des Jardins", "rue de l'Abbé Pierre",
    "avenue de Verdun", "rue d'Alsace", "rue du Docteur Roux", "place Carnot", "rue Voltaire",
    "rue George Sand", "rue Condorcet", "rue Jean Moulin", "avenue Aristide Briand",
    "rue Paul Bert", "rue Gambetta", "avenue Charles de Gaulle", "rue du Général Leclerc",
    "boulevard de la Liberté", "rue de la Poste", "rue du Stade", "rue des Acacias",
    "rue des Roses", "allée des Chênes", "impasse des Mésanges", "chemin des Vignes",
    "route de la Forêt", "rue du Four", "rue de la Croix Blanche", "rue des Platanes",
    "chemin du Lavoir", "rue de l'Égalité", "rue de la Fraternité", "rue du 11 Novembre",
    "rue du 19 Mars 1962", "avenue du 14 Juillet", "rue Jean Macé", "rue Lamartine",
    "rue Alphonse Daudet", "rue Molière", "rue Racine", "rue Jean de La Fontaine",
    "rue Frédéric Mistral", "rue Hector Berlioz", "rue Claude Debussy", "rue Maurice Ravel",
    "rue Édith Piaf", "rue Colette", "rue Olympe de Gouges", "rue Lucie Aubrac",
    "rue Pierre et Marie Curie", "rue Joliot-Curie", "avenue Léon Blum", "rue Roger Salengro",
    "rue Salvador Allende", "rue Nelson Mandela", "rue Martin Luther King", "rue Jacques Prévert",
    "rue Paul Éluard", "rue Louis Aragon", "rue Arthur Rimbaud", "rue Guy de Maupassant",
    "rue Albert Camus", "rue Antoine de Saint-Exupéry", "rue des Cerisiers", "rue des Noyers",
    "allée des Marronniers", "rue des Hirondelles", "rue des Coquelicots", "rue des Bleuets",
    "rue des Violettes", "chemin des Mûriers", "rue de la Source", "rue du Pont",
    "rue de la Rivière", "quai de la Loire", "rue du Port", "rue de la Plage",
    "avenue de la Mer", "rue des Pêcheurs", "chemin de Halage", "rue du Presbytère",
    "place de la Mairie", "place du Général de Gaulle", "place de la République",
    "place Jean Jaurès", "place des Tilleuls", "square des Anciens Combattants",
    "rue des Artisans", "rue de l'Industrie", "avenue de la Gare", "rue de la Liberté",
    "rue Nationale", "grande rue", "rue Principale", "rue Haute", "rue Basse",
    "chemin des Crêtes", "route des Lacs", "montée du Château", "rue du Calvaire",
    "rue de la Chapelle", "rue du Prieuré", "rue des Remparts", "boulevard des Belges",
    "avenue de l'Europe", "rue de Bretagne", "rue de Normandie", "rue de Provence",
    "rue de Savoie", "avenue des Pyrénées", "rue des Lavandières", "rue du Bourg",
};

const char *const kJobTitles[] = {
    "Directrice de crèche", "Directeur de crèche", "Coordinateur périscolaire",
    "Coordinatrice périscolaire", "Coordinatrice enfance jeunesse", "Responsable Pôle Enfance",
    "Secrétaire de mairie", "Directrice générale des services", "Directeur général des services",
    "Directeur de l'accueil de loisirs", "Directrice de l'accueil de loisirs",
    "Responsable du relais petite enfance", "Animatrice RPE", "Éducatrice de jeunes enfants",
    "Éducateur de jeunes enfants", "Infirmière puéricultrice", "Responsable administrative",
    "Chargée de mission petite enfance", "Directrice adjointe", "Référente famille",
    "Agent d'accueil", "Responsable du service scolaire", "Coordinatrice LAEP",
    "Directrice de micro-crèche", "Gestionnaire administrative",
    "Responsable des affaires scolaires", "Directeur enfance jeunesse", "Accueillante LAEP",
    "Chargé de communication", "Adjointe administrative", "Responsable ALAE",
    "Directrice de multi-accueil", "Assistante de direction", "Responsable qualité",
    "Coordinateur CTG", "Cheffe de service petite enfance", "Directeur de centre social",
    "Directrice de centre social", "Animateur référent", "Responsable de site",
    "Gestionnaire de crèches", "Responsable régionale", "Chargée de développement",
    "Directrice de l'éducation", "Directeur de l'éducation", "Responsable finances",
    "Comptable", "Directrice de secteur", "Président de l'association",
    "Présidente de l'association", "Trésorier", "Trésorière", "Maire", "Adjointe au maire",
    "Adjoint à l'enfance", "Vice-présidente de la communauté de communes",
    "Responsable ressources humaines", "Auxiliaire de puériculture référente",
    "Responsable des opérations", "Directrice des opérations", "Responsable jeunesse",
    "Coordinatrice de la convention territoriale globale",
};

const char *const kEajeNames[] = {
    "Les Petits Loups", "Les Grapillous", "Bulle de bébés", "Les P'tits Mômes", "Les Lucioles",
    "Pomme d'Api", "Les Pitchouns", "Les Marmousets", "L'Île aux enfants", "Les Bout'choux",
    "Les Diablotins", "Les Câlinous", "Les Poussins", "Les Frimousses", "Le Nid",
    "Les Coccinelles", "Les Petits Princes", "Les Lutins", "Les Canailloux", "Les Mini-Pousses",
    "Arc-en-ciel", "Les Papillons", "Les Écureuils", "Les Doudous", "Le Jardin des Câlins",
    "Les Galopins", "Tom Pouce", "Les Chérubins", "La Maison des Bambins", "Les Petites Bouilles",
    "Les Farfadets", "Les Pious-Pious", "Les Trois Pommes", "Les Moussaillons", "Les Zébulons",
    "L'Arche de Noé", "Les Oursons", "Les Kangourous", "Les Étoiles", "Au Clair de la Lune",
    "Les Bambins", "Les Hirondelles", "La Ruche", "Les Abeilles", "Les Petits Pas",
    "Les Pâquerettes", "Les Colibris", "Les Tournesols", "Les Dauphins", "Ribambelle",
    "Les Petits Malins", "Le Petit Prince", "Capucine", "Les Pirouettes", "Les Loupiots",
    "Les Pitchounets", "Les Marmottes", "Les Petits Mousses", "Graine d'Éveil",
    "Les Petits Cailloux", "La Maison des Doudous", "Les Câlins", "Les Frimousses du Lac",
    "Premiers Pas", "Les Petites Canailles", "Les Boutons d'Or", "Les Mouflets",
    "Les Chatons", "Les Trottinettes", "Les Pitchous", "L'Envol", "Les Lapinous",
    "Les Hérissons", "La Cabane des Petits", "Les Mistinguettes", "Plume et Coton",
    "Les Petits Bouchons", "Grain de Soleil", "Les Gribouilles", "Le Petit Navire",
};

const char *const kLeisureNames[] = {
    "Les Lutins", "La Ribambelle", "Les Copains d'abord", "Les Aventuriers", "La Récré",
    "Les Explorateurs", "Les Mille Pattes", "Le Cerf-Volant", "La Farandole", "Les Robinsons",
    "L'Îlot Loisirs", "Les Globe-Trotteurs", "Les Castors", "Les Bourlingueurs", "La Cabane",
    "Les Petits Débrouillards", "Le Grand Chêne", "Les Saltimbanques", "La Marelle",
    "Les Trappeurs", "Les Moussaillons du Port", "L'Escale", "Les Zouaves", "La Boussole",
    "Les Farfadets", "Les Bout'Chous Futés", "Les Écureuils Malins", "Le Colibri",
    "Les Canaillous", "Arc-en-Ciel", "La Clé des Champs", "Les Loustics", "Les Pitchouns du Val",
    "La Courte Échelle", "Les Galipettes", "Le Sablier", "Les Lucioles", "Les Grillons",
    "La Passerelle", "Le Jardin Secret", "Les Tournesols", "Les Sources", "Le Moulin",
    "Les Hérissons", "La Maison des Familles", "Le Petit Bois", "Les Dragons", "Les Pirates",
    "Les Comètes", "Les Étoiles Filantes", "La Fourmilière", "L'Atelier", "Les Bambous",
    "La Roulotte", "Le Tipi", "Les Chouettes", "La Pépinière", "Les Hiboux", "Le Phare",
    "Les Myrtilles", "Les Lutins du Granier", "Les Petits Baroudeurs", "La Toupie",
    "Le Manège", "Les Mômes", "L'Arbre à Palabres", "Les Cabanes Perchées", "La Bulle",
    "Le Petit Train", "Les Gais Lurons", "Planète Loisirs", "La Maison de l'Enfance",
    "Les Coquelicots", "Le Cocon", "Les Petites Mains", "Les Mouettes", "La Caravelle",
    "Graines de Malice", "Les Moulins à Vent", "Le Carrousel",
};

const char *const kAssociationNames[] = {
    "Association Familles Rurales", "Les Francas", "ADMR", "Léo Lagrange", "UFCV",
    "Ligue de l'enseignement", "ACEPP", "Croix-Rouge française", "Mutualité Française",
    "Les PEP", "CEMÉA", "Fondation d'Auteuil", "Scouts et Guides de France",
    "Éclaireuses et Éclaireurs de France", "UDAF", "Familles de France",
    "Confédération syndicale des familles", "Fédération des centres sociaux",
    "Maison des jeunes et de la culture", "Centre social et culturel", "Foyer rural",
    "UFOLEP", "Association Petite Enfance", "Association Les Enfants d'Abord",
    "Association Crèche Parentale", "Association Enfance et Familles",
    "Association Loisirs Éducation", "Association Accueil Jeunes Enfants", "Association La Cordée",
    "Association Grandir Ensemble", "Association Le Nid", "Association Bébé Bonheur",
    "Association Trait d'Union", "Association Temps Libre", "Association Jeunesse et Loisirs",
    "Association Parents-Enfants", "Association Les Marmots", "Association Famille Plus",
    "Association Vivre Ensemble", "Association Arc-en-Ciel", "Association Éveil et Partage",
    "Association La Maison Ouverte", "Association Culture et Loisirs",
    "Association Les P'tits Bouts", "Association Grain de Sel", "Association Enfants du Monde",
    "Association Sports et Loisirs", "Association Les Copains", "Association Accueil et Loisirs",
    "Association Entraide Familiale", "Association La Passerelle", "Association Planète Enfance",
    "Association Cap Jeunes", "Association Terre des Enfants", "Association Main dans la Main",
    "Association L'Oasis", "Association Horizon Famille", "Association Les Coquelicots",
    "Association Solidarité Parents", "Association La Farandole", "Association Ciel Bleu",
    "Association Les Écureuils", "Association Fil d'Ariane", "Association Relais Familles",
    "Association L'Envol", "Association Crescendo", "Association Les Mille Pattes",
    "Association Enfance Pluriel", "Association Les Petits Montagnards",
    "Association Intercommunale Petite Enfance", "Association Loisirs Jeunes du Canton",
};

const char *const kCompanyNames[] = {
    "People&Baby", "Babilou", "La Maison Bleue", "Crèches Pom'Cannelle",
    "Les Petits Chaperons Rouges", "Crèche Attitude", "Grandir", "Liveli", "Evancia",
    "Rigolo Comme La Vie", "Les 3 Chardons", "Léa & Léo", "Ô Bambins", "Crèches de France",
    "Kids Up", "Baby Lou", "Les Crèches Ô Soleil", "Maison Kangourou", "Crèches Smile",
    "Le Jardin des Lutins SAS", "Bébé Nature", "Les Mini-Pousses SARL", "Crèche Éveil & Sens",
    "Petit Bonheur SAS", "Les Canaillous SARL", "Micro-crèches Pitchoun", "Les Bambins d'Abord",
    "Crèches Tournesol", "Gribouille Crèches", "Doudou & Cie", "Les Petits Génies SAS",
    "Crèches Cerf-Volant", "Les P'tits Loups SAS", "Crèches Arc-en-Ciel", "Zébulon & Cie",
    "Crèches Colibri", "Petite Planète SAS", "Graines d'Éveil", "Les Lucioles SARL",
    "Crèches Mosaïque", "Cap Enfants", "Les Petits Explorateurs SAS", "Crèches Nid Douillet",
    "Premiers Pas Crèches", "Micro-crèche Les Pitchounets SARL", "Babyland",
    "Les Petits Petons SAS",
};
// clang-format on

template <std::size_t N> QStringList toList(const char *const (&items)[N])
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(N));
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

} // namespace

const QList<Departement> &departements()
{
    static const QList<Departement> list = [] {
        QList<Departement> out;
        out.reserve(static_cast<qsizetype>(std::size(kDepartements)));
        for (const DepartementRow &row : kDepartements) {
            out << Departement{
                QString::fromUtf8(row.code),        QString::fromUtf8(row.name),
                QString::fromUtf8(row.cafName),     QString::fromUtf8(row.cafStreet),
                QString::fromUtf8(row.cafPostcode), QString::fromUtf8(row.prefecture)};
        }
        return out;
    }();
    return list;
}

const QList<Town> &towns()
{
    static const QList<Town> list = [] {
        QList<Town> out;
        for (const TownRow &row : kTowns) {
            const QString departement = QString::fromUtf8(row.departement);
            const QStringList items =
                QString::fromUtf8(row.towns).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &item : items) // "73000 Chambéry"
                out << Town{item.mid(6), item.left(5), departement};
        }
        return out;
    }();
    return list;
}

const QStringList &femaleFirstNames()
{
    static const QStringList list = toList(kFemaleFirstNames);
    return list;
}

const QStringList &maleFirstNames()
{
    static const QStringList list = toList(kMaleFirstNames);
    return list;
}

const QStringList &lastNames()
{
    static const QStringList list = toList(kLastNames);
    return list;
}

const QStringList &streetNames()
{
    static const QStringList list = toList(kStreetNames);
    return list;
}

const QStringList &jobTitles()
{
    static const QStringList list = toList(kJobTitles);
    return list;
}

const QStringList &eajeNames()
{
    static const QStringList list = toList(kEajeNames);
    return list;
}

const QStringList &leisureNames()
{
    static const QStringList list = toList(kLeisureNames);
    return list;
}

const QStringList &associationNames()
{
    static const QStringList list = toList(kAssociationNames);
    return list;
}

const QStringList &companyNames()
{
    static const QStringList list = toList(kCompanyNames);
    return list;
}

} // namespace habilis::demo
