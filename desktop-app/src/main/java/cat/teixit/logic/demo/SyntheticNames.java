package cat.teixit.logic.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Name pools for synthetic people: Catalan and Spanish names with their accents and two surnames,
 * and the origins most present in Catalan social services (with their usual naming). The most
 * common names come first and are drawn more often, so homonyms are plentiful, as in a real area.
 * Immutable, thread-safe.
 */
final class SyntheticNames {

    /** Where a family comes from: naming, nationality (country code) and mother tongue (language code). */
    enum Origin {
        CATALAN, SPANISH, MOROCCAN, LATIN_AMERICAN, ROMANIAN, PAKISTANI, WEST_AFRICAN, UKRAINIAN, CHINESE;

        boolean foreign() {
            return this != CATALAN && this != SPANISH;
        }
    }

    static final Pick<Origin> ORIGINS = Pick.weighted(Origin.CATALAN, 30, Origin.SPANISH, 31, Origin.MOROCCAN, 13,
            Origin.LATIN_AMERICAN, 12, Origin.ROMANIAN, 3, Origin.PAKISTANI, 3, Origin.WEST_AFRICAN, 4,
            Origin.UKRAINIAN, 2, Origin.CHINESE, 2);

    private static final Pick<String> CATALAN_F = Pick.zipf(List.of("Maria", "Núria", "Montserrat", "Marta", "Anna",
            "Laia", "Mercè", "Carme", "Roser", "Júlia", "Teresa", "Dolors", "Rosa", "Meritxell", "Neus", "Montse",
            "Glòria", "Mireia", "Sílvia", "Aina", "Clàudia", "Martina", "Berta", "Ona", "Queralt", "Èlia", "Judit",
            "Elisabet", "Maria Àngels", "Maria Teresa", "Assumpció", "Eulàlia", "Agnès", "Llúcia", "Conxita", "Àngels",
            "Paula", "Jana", "Abril", "Txell", "Remei", "Pilar"), 0.8);
    private static final Pick<String> CATALAN_M = Pick.zipf(List.of("Jordi", "Josep", "Joan", "Pere", "Marc", "Pau",
            "Xavier", "Lluís", "Jaume", "Oriol", "Ramon", "Joaquim", "Enric", "Francesc", "Albert", "Arnau", "Pol",
            "Martí", "Guillem", "Àlex", "Sergi", "Josep Maria", "Joan Carles", "Ferran", "Quim", "Ricard", "Andreu",
            "Gerard", "Èric", "Nil", "Biel", "Roc", "Jan", "Bernat", "Isaac", "Narcís", "Miquel", "Agustí"), 0.8);
    private static final Pick<String> SPANISH_F = Pick.zipf(List.of("María", "Carmen", "Ana", "Isabel", "Laura",
            "Lucía", "Cristina", "Marta", "Antonia", "Dolores", "Francisca", "María José", "Rosario", "Encarnación",
            "Concepción", "María Ángeles", "Inmaculada", "Sofía", "Alba", "Noelia", "Raquel", "Sara", "Andrea",
            "Verónica", "Yolanda", "Sonia", "Beatriz", "Nerea", "Irene", "Patricia", "Susana", "Rocío", "Ángela",
            "Manuela", "Josefa", "Remedios", "Alicia", "Elena", "Paula", "Lorena"), 0.8);
    private static final Pick<String> SPANISH_M = Pick.zipf(List.of("Antonio", "José", "Manuel", "Francisco", "Juan",
            "David", "Javier", "Daniel", "Carlos", "Jesús", "José Antonio", "José Luis", "Alejandro", "Miguel",
            "Rafael", "Pedro", "Pablo", "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro", "Adrián", "Rubén",
            "Iván", "Óscar", "Raúl", "Hugo", "Mario", "Víctor", "Joaquín", "Ángel", "Andrés", "Ramón", "Juan Carlos",
            "Francisco Javier", "Diego", "Tomás", "Agustín"), 0.8);
    private static final Pick<String> CATALAN_SURNAMES = Pick.zipf(List.of("Puig", "Vidal", "Serra", "Ferrer", "Soler",
            "Roca", "Pujol", "Pagès", "Font", "Vila", "Casas", "Riera", "Bosch", "Camps", "Coll", "Sala", "Prat",
            "Mas", "Costa", "Torrent", "Comas", "Farré", "Castells", "Rovira", "Boix", "Sabaté", "Batlle", "Canals",
            "Planas", "Vinyes", "Figueras", "Esteve", "Oliveras", "Badia", "Pons", "Bertran", "Noguera", "Roig",
            "Busquets", "Col·lell", "Casals", "Ribas", "Miró", "Solà", "Cortada", "Guixà", "Gironès", "Xirau",
            "Vilaró", "Sunyer", "Carbonell", "Massagué", "Fàbregas", "Ballester", "Martí", "Fontanella", "Sureda",
            "Pla", "Llorens", "Gelabert"), 0.9);
    private static final Pick<String> SPANISH_SURNAMES = Pick.zipf(List.of("García", "Martínez", "López", "Sánchez",
            "Pérez", "González", "Rodríguez", "Fernández", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz",
            "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez",
            "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega",
            "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias", "Medina", "Garrido",
            "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez", "Cruz", "Calvo",
            "Gallego", "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos", "Vega", "Fuentes",
            "Carrasco", "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual", "Herrero", "Lorenzo", "Montero",
            "Hidalgo", "Giménez", "Ibáñez", "Durán", "Benítez", "Mora", "Vicente", "Vargas", "Arias", "Carmona",
            "Crespo", "Román", "Pastor", "Soto", "Sáez", "Velasco", "Moya", "Parra", "Esteban", "Bravo"), 1.0);
    private static final Pick<String> MOROCCAN_F = Pick.zipf(List.of("Fatima", "Khadija", "Aicha", "Nadia", "Samira",
            "Zineb", "Salma", "Imane", "Hanane", "Laila", "Malika", "Naima", "Hafsa", "Soukaina", "Meryem", "Houda",
            "Rachida", "Amina", "Yasmina", "Ikram"), 0.7);
    private static final Pick<String> MOROCCAN_M = Pick.zipf(List.of("Mohamed", "Ahmed", "Youssef", "Hamza", "Rachid",
            "Omar", "Karim", "Bilal", "Mustapha", "Said", "Abdelkader", "Hassan", "Mehdi", "Ayoub", "Ismail", "Adil",
            "Khalid", "Driss", "Nabil", "Anas"), 0.7);
    private static final Pick<String> MOROCCAN_SURNAMES = Pick.zipf(List.of("El Amrani", "El Idrissi", "Benali",
            "Bouzid", "El Khattabi", "Ouali", "Tahiri", "Aziz", "Haddou", "El Fassi", "Bennani", "Chakir", "El Mansouri",
            "Boukhari", "Ait Ouahmane", "Lamrani", "Ziani", "El Ouardi", "Hamdaoui", "Berrada", "Azzouzi", "Moussaoui",
            "Belhaj", "El Harrak"), 0.8);
    private static final Pick<String> LATAM_F = Pick.zipf(List.of("María José", "Daniela", "Valentina", "Camila",
            "Ana Lucía", "Yesenia", "Gabriela", "Mariana", "Luz Marina", "Jessica", "Katherine", "Diana", "Paola",
            "Fernanda", "Lizeth", "Johana", "Mayra", "Rosa Elena", "Wendy", "Adriana"), 0.7);
    private static final Pick<String> LATAM_M = Pick.zipf(List.of("José Luis", "Luis Fernando", "Wilson", "Jhon",
            "Kevin", "Carlos Andrés", "Juan Pablo", "Bryan", "Edwin", "Jhonatan", "Cristian", "Óscar Iván", "Freddy",
            "Jorge Luis", "Henry", "Anderson", "Walter", "Milton", "Efraín", "Darwin"), 0.7);
    private static final Pick<String> LATAM_SURNAMES = Pick.zipf(List.of("Quispe", "Mamani", "Condori", "Rodríguez",
            "García", "López", "Paredes", "Rivas", "Salazar", "Zambrano", "Huamán", "Choque", "Vargas", "Castillo",
            "Mendoza", "Flores", "Guzmán", "Rojas", "Cedeño", "Villca", "Cárdenas", "Montalvo", "Peñafiel", "Suárez",
            "Ortiz", "Chávez", "Ramírez", "Ticona"), 0.8);
    private static final Pick<String> ROMANIAN_F = Pick.zipf(List.of("Elena", "Ioana", "Maria", "Gabriela", "Andreea",
            "Mihaela", "Florentina", "Alina", "Cristina", "Daniela"), 0.6);
    private static final Pick<String> ROMANIAN_M = Pick.zipf(List.of("Andrei", "Ionuț", "Mihai", "Constantin", "Gheorghe",
            "Florin", "Marius", "Vasile", "Ștefan", "Alexandru"), 0.6);
    private static final Pick<String> ROMANIAN_SURNAMES = Pick.zipf(List.of("Popescu", "Ionescu", "Popa", "Stan",
            "Dumitru", "Constantin", "Munteanu", "Stoica", "Moldovan", "Rusu", "Lungu", "Ciobanu", "Mocanu"), 0.7);
    private static final Pick<String> PAKISTANI_F = Pick.zipf(List.of("Ayesha", "Shazia", "Fatima", "Nasreen",
            "Sadia", "Rubina", "Amna", "Iqra", "Bushra", "Saima"), 0.6);
    private static final Pick<String> PAKISTANI_M = Pick.zipf(List.of("Muhammad", "Imran", "Asif", "Bilal", "Naveed",
            "Tariq", "Shahid", "Zubair", "Kamran", "Usman"), 0.6);
    private static final Pick<String> PAKISTANI_SURNAMES = Pick.zipf(List.of("Khan", "Hussain", "Ahmed", "Ali",
            "Iqbal", "Akhtar", "Bibi", "Shah", "Butt", "Rehman", "Javed", "Aslam"), 0.7);
    private static final Pick<String> WEST_AFRICAN_F = Pick.zipf(List.of("Fatou", "Aminata", "Mariama", "Awa",
            "Khady", "Ndeye", "Binta", "Kadiatou", "Isatou", "Coumba"), 0.6);
    private static final Pick<String> WEST_AFRICAN_M = Pick.zipf(List.of("Mamadou", "Ousmane", "Moussa", "Lamin",
            "Ibrahima", "Abdoulaye", "Cheikh", "Modou", "Babacar", "Sekou"), 0.6);
    private static final Pick<String> WEST_AFRICAN_SURNAMES = Pick.zipf(List.of("Diallo", "Ndiaye", "Sow", "Diop",
            "Camara", "Jallow", "Touré", "Ba", "Fall", "Sylla", "Ceesay", "Traoré", "Keita", "Cissé"), 0.7);
    private static final Pick<String> UKRAINIAN_F = Pick.zipf(List.of("Olena", "Iryna", "Natalia", "Oksana",
            "Tetiana", "Yulia", "Svitlana", "Kateryna"), 0.6);
    private static final Pick<String> UKRAINIAN_M = Pick.zipf(List.of("Oleksandr", "Andrii", "Serhii", "Dmytro",
            "Volodymyr", "Mykola", "Ivan", "Yurii"), 0.6);
    private static final Pick<String> UKRAINIAN_SURNAMES = Pick.zipf(List.of("Kovalenko", "Shevchenko", "Bondarenko",
            "Melnyk", "Tkachenko", "Kravchenko", "Boyko", "Oliynyk", "Moroz", "Lysenko"), 0.6);
    private static final Pick<String> CHINESE_F = Pick.zipf(List.of("Na", "Jing", "Li", "Fang", "Xiu Ying", "Yan",
            "Mei", "Hui"), 0.6);
    private static final Pick<String> CHINESE_M = Pick.zipf(List.of("Wei", "Yang", "Jun", "Lei", "Tao", "Ming",
            "Jian", "Hao"), 0.6);
    private static final Pick<String> CHINESE_SURNAMES = Pick.zipf(List.of("Wang", "Li", "Zhang", "Liu", "Chen",
            "Lin", "Huang", "Zhou", "Wu", "Xu"), 0.7);

    private static final Pick<String> LATAM_COUNTRIES = Pick.weighted("48", 3, "34", 3, "22", 2, "138", 2, "75", 3,
            "188", 2, "8", 1);
    private static final Pick<String> WEST_AFRICAN_COUNTRIES = Pick.weighted("155", 4, "61", 3, "109", 2);

    private SyntheticNames() {
    }

    static String givenName(Origin o, boolean female, SplittableRandom r) {
        Pick<String> pool = switch (o) {
            case CATALAN -> female ? CATALAN_F : CATALAN_M;
            case SPANISH -> female ? SPANISH_F : SPANISH_M;
            case MOROCCAN -> female ? MOROCCAN_F : MOROCCAN_M;
            case LATIN_AMERICAN -> female ? LATAM_F : LATAM_M;
            case ROMANIAN -> female ? ROMANIAN_F : ROMANIAN_M;
            case PAKISTANI -> female ? PAKISTANI_F : PAKISTANI_M;
            case WEST_AFRICAN -> female ? WEST_AFRICAN_F : WEST_AFRICAN_M;
            case UKRAINIAN -> female ? UKRAINIAN_F : UKRAINIAN_M;
            case CHINESE -> female ? CHINESE_F : CHINESE_M;
        };
        return pool.next(r);
    }

    /** A surname as this origin's families carry it (Catalan families mix Catalan and Spanish surnames). */
    static String surname(Origin o, SplittableRandom r) {
        return switch (o) {
            case CATALAN -> r.nextInt(10) < 7 ? CATALAN_SURNAMES.next(r) : SPANISH_SURNAMES.next(r);
            case SPANISH -> r.nextInt(10) < 9 ? SPANISH_SURNAMES.next(r) : CATALAN_SURNAMES.next(r);
            case MOROCCAN -> MOROCCAN_SURNAMES.next(r);
            case LATIN_AMERICAN -> LATAM_SURNAMES.next(r);
            case ROMANIAN -> ROMANIAN_SURNAMES.next(r);
            case PAKISTANI -> PAKISTANI_SURNAMES.next(r);
            case WEST_AFRICAN -> WEST_AFRICAN_SURNAMES.next(r);
            case UKRAINIAN -> UKRAINIAN_SURNAMES.next(r);
            case CHINESE -> CHINESE_SURNAMES.next(r);
        };
    }

    /** Spanish naming (two surnames) is also the norm for Latin American families; others carry one. */
    static boolean twoSurnames(Origin o) {
        return o == Origin.CATALAN || o == Origin.SPANISH || o == Origin.LATIN_AMERICAN;
    }

    /** Country code (country catalogue) of the family's nationality. */
    static String country(Origin o, SplittableRandom r) {
        return switch (o) {
            case CATALAN, SPANISH -> "52";
            case MOROCCAN -> "111";
            case LATIN_AMERICAN -> LATAM_COUNTRIES.next(r);
            case ROMANIAN -> "148";
            case PAKISTANI -> "133";
            case WEST_AFRICAN -> WEST_AFRICAN_COUNTRIES.next(r);
            case UKRAINIAN -> "181";
            case CHINESE -> "191";
        };
    }

    /** Language code (language catalogue) of the mother tongue. */
    static String language(Origin o, SplittableRandom r) {
        return switch (o) {
            case CATALAN -> r.nextInt(10) < 8 ? "19" : "18";
            case SPANISH, LATIN_AMERICAN -> r.nextInt(10) < 9 ? "18" : "19";
            case MOROCCAN -> r.nextInt(10) < 6 ? "6" : "4";
            case ROMANIAN -> "67";
            case PAKISTANI -> r.nextBoolean() ? "91" : "61";
            case WEST_AFRICAN -> switch (r.nextInt(3)) {
                case 0 -> "93";
                case 1 -> "51";
                default -> "28";
            };
            case UKRAINIAN -> r.nextInt(10) < 7 ? "90" : "70";
            case CHINESE -> "96";
        };
    }

    /** Names for professionals (Catalan or Spanish, as in most teams). */
    static String professionalName(SplittableRandom r, boolean female) {
        Origin o = r.nextInt(10) < 6 ? Origin.CATALAN : Origin.SPANISH;
        return givenName(o, female, r) + " " + surname(o, r) + " " + surname(o, r);
    }
}
