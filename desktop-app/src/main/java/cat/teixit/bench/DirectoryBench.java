package cat.teixit.bench;

import cat.teixit.app.Workstation;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.directory.DemoDirectory;
import cat.teixit.logic.directory.DirectoryService;
import cat.teixit.logic.directory.EntryForm;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code directory search_ms}: on a new data directory, a resource directory of {@value #ENTRIES} entries (the demo
 * ones repeated across the municipalities of the area, added through {@link DirectoryService#add}); typical searches
 * as typed at the front desk (accents left out, words cut short) through {@link DirectoryService#search}, warm; the
 * 95th percentile. Prints {@code BENCH} lines. Argument: the work directory (emptied first).
 */
public final class DirectoryBench {

    private static final PrintStream OUT = BenchOutput.OUT;
    static final int ENTRIES = 5000;
    private static final int WARM_UP = 300;
    private static final int RUNS = 2000;
    private static final String[] TOWNS = {"Girona", "Salt", "Figueres", "Olot", "Banyoles", "Blanes", "Lloret de Mar",
        "Palafrugell", "Sant Feliu de Guíxols", "Ripoll", "Barcelona", "Badalona", "Terrassa", "Sabadell", "Mataró",
        "L’Hospitalet de Llobregat", "Granollers", "Vic", "Manresa", "Igualada"};
    private static final List<String> QUERIES = List.of("formacio", "banc aliments", "cap salt", "siad", "habitatge",
        "ocup girona", "dones", "creu roja", "alberg", "dependencia", "caritas olot", "soap", "menjador", "juridic",
        "immigr", "teleassist", "o", "centre de dia vic");

    private DirectoryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/out/directory").toAbsolutePath();
        try (Workstation w = DocumentsBench.demoStore(dir)) {
            CurrentUser admin = DocumentsBench.demoUser(w, "admin");
            CurrentUser laia = DocumentsBench.demoUser(w, "laia");
            List<EntryForm> demo = DemoDirectory.entries();
            DirectoryService directory = w.directory();
            long loadStart = System.nanoTime();
            for (int i = 0; i < ENTRIES; i++) {
                EntryForm f = demo.get(i % demo.size());
                String town = TOWNS[(i / demo.size()) % TOWNS.length];
                directory.add(admin, new EntryForm(f.name() + " " + (i / demo.size() + 1), f.administration(),
                        f.category(), f.audience(), f.requirements(), f.address(), town, f.openingHours(), f.phone(),
                        f.email(), f.web(), f.latitude(), f.longitude()));
            }
            double loadS = (System.nanoTime() - loadStart) / 1e9;
            int[] hits = {0};
            for (int i = 0; i < WARM_UP; i++) {
                hits[0] += directory.search(laia, QUERIES.get(i % QUERIES.size()), null).size();
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                hits[0] += directory.search(laia, QUERIES.get(i % QUERIES.size()), null).size();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            OUT.printf(Locale.ROOT, "BENCH directory search_ms %.2f ms%n", ms[(int) Math.ceil(RUNS * 0.95) - 1]);
            OUT.printf(Locale.ROOT, "# directory: %d entries (added in %.1f s), %d searches of %d kinds; median %.2f ms,"
                    + " max %.2f ms; %d results in all%n", ENTRIES, loadS, RUNS, QUERIES.size(), ms[RUNS / 2],
                    ms[RUNS - 1], hits[0]);
        }
    }
}
