package cat.teixit.logic.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The teams of the synthetic area and the places they serve: Barcelona's ten districts, Girona's
 * neighbourhoods and nearby municipalities (codes from the municipality catalogue). Immutable,
 * thread-safe.
 */
final class SyntheticGeography {

    /** Municipality codes (catalogue "municipality", Hèstia ids). */
    static final String BARCELONA = "22";
    static final String GIRONA = "387";
    static final String SALT = "458";
    static final String SARRIA_DE_TER = "487";
    static final String CELRA = "358";
    static final String BANYOLES = "324";
    static final String FIGUERES = "374";

    /** A place a team serves: a municipality and, in the larger towns, a district or neighbourhood. */
    record Place(String municipality, String district) {
    }

    /**
     * A team: code (also the scope of its records), name, area, its share of the area's population
     * and the places it serves.
     */
    record TeamPlan(String code, String name, String area, int weight, String caseTag, List<Place> places) {
    }

    static final List<TeamPlan> TEAMS = List.of(
            new TeamPlan("GIR-N", "EBASP Girona Nord", "ABSS Girona", 8, "6A1F0",
                    List.of(girona("Pont Major"), girona("Sant Ponç"), girona("Fontajau"), girona("Germans Sàbat"),
                            girona("Vila-roja"), girona("Domeny"), girona("Taialà"),
                            new Place(SARRIA_DE_TER, null), new Place(CELRA, null))),
            new TeamPlan("GIR-S", "EBASP Girona Sud", "ABSS Girona", 8, "6A2E1",
                    List.of(girona("Santa Eugènia"), girona("Can Gibert del Pla"), girona("Sant Narcís"),
                            girona("Montilivi"), girona("Palau"), girona("Eixample"), girona("Barri Vell"),
                            girona("Mercadal"))),
            new TeamPlan("SALT", "EBASP Salt", "ABSS Salt", 7, "5B3D2", List.of(new Place(SALT, null))),
            new TeamPlan("PLA-E", "EBASP Pla de l’Estany", "ABSS Consell Comarcal del Pla de l’Estany", 4, "4C4C3",
                    List.of(new Place(BANYOLES, null))),
            new TeamPlan("FIG", "EBASP Figueres", "ABSS Figueres", 5, "3D5B4", List.of(new Place(FIGUERES, null))),
            new TeamPlan("BCN-CV", "EBASP Ciutat Vella", "ABSS Barcelona", 10, "2E6A5", bcn("Ciutat Vella")),
            new TeamPlan("BCN-EX", "EBASP Eixample", "ABSS Barcelona", 9, "1F796", bcn("Eixample")),
            new TeamPlan("BCN-SM", "EBASP Sants-Montjuïc i les Corts", "ABSS Barcelona", 10, "0A887",
                    bcn("Sants-Montjuïc", "Les Corts")),
            new TeamPlan("BCN-SG", "EBASP Sarrià-Sant Gervasi i Gràcia", "ABSS Barcelona", 6, "19978",
                    bcn("Sarrià-Sant Gervasi", "Gràcia")),
            new TeamPlan("BCN-HG", "EBASP Horta-Guinardó", "ABSS Barcelona", 8, "28A69",
                    bcn("Horta-Guinardó")),
            new TeamPlan("BCN-NB", "EBASP Nou Barris", "ABSS Barcelona", 10, "37B5A", bcn("Nou Barris")),
            new TeamPlan("BCN-SA", "EBASP Sant Andreu", "ABSS Barcelona", 7, "46C4B", bcn("Sant Andreu")),
            new TeamPlan("BCN-ST", "EBASP Sant Martí", "ABSS Barcelona", 10, "55D3C", bcn("Sant Martí")));

    private static final Pick<String> STREETS = Pick.zipf(List.of("Carrer Major", "Carrer de Sant Joan",
            "Avinguda de Catalunya", "Carrer de la Creu", "Carrer Nou", "Carrer del Carme", "Carrer de Pere IV",
            "Carrer de Sant Pere", "Passeig de la Pau", "Carrer de la Riera", "Carrer del Mar", "Carrer de Mallorca",
            "Carrer de València", "Carrer de l’Església", "Carrer de Sant Antoni", "Carrer de la Font",
            "Rambla de la Llibertat", "Carrer del Sol", "Carrer de Verdaguer", "Carrer de Joan Maragall",
            "Carrer de la Indústria", "Avinguda de Sant Narcís", "Carrer de Girona", "Carrer de Barcelona",
            "Carrer del Progrés", "Carrer de les Flors", "Plaça de la Vila", "Carrer del Pont", "Carrer de Santa Anna",
            "Carrer de Francesc Macià", "Carrer de Rosselló", "Carrer de Pujades", "Carrer de Mercè Rodoreda",
            "Carrer de Montserrat Roig", "Carrer de Pompeu Fabra", "Carrer del Rec", "Carrer dels Horts"), 0.5);

    private static final String[] FLOORS = {"baixos", "entresòl", "1r", "2n", "3r", "4t", "5è", "6è"};

    private SyntheticGeography() {
    }

    private static Place girona(String neighbourhood) {
        return new Place(GIRONA, neighbourhood);
    }

    private static List<Place> bcn(String... districts) {
        return java.util.Arrays.stream(districts).map(d -> new Place(BARCELONA, d)).toList();
    }

    static boolean isBarcelona(Place p) {
        return BARCELONA.equals(p.municipality());
    }

    /** A street address: street, number, and floor and door for flats. */
    static String address(SplittableRandom r) {
        String street = STREETS.next(r);
        int number = 1 + r.nextInt(r.nextInt(4) == 0 ? 250 : 60);
        if (r.nextInt(5) == 0) {
            return street + ", " + number;
        }
        return street + ", " + number + ", " + FLOORS[r.nextInt(FLOORS.length)] + " " + (1 + r.nextInt(4)) + "a";
    }
}
