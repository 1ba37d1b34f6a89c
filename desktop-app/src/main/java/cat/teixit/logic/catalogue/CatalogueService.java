package cat.teixit.logic.catalogue;

import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.catalogue.CatalogueRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The code catalogues: seeded from the files bundled in {@code catalogues/} when the store holds an
 * older version, then served from memory. Thread-safe.
 */
public final class CatalogueService {

    /** Version of the bundled catalogue files; raise it when scripts/build-catalogues.py output changes. */
    public static final int BUNDLED_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueService.class);

    private final LocalStore store;
    private volatile Map<Catalogue, Map<String, CodeEntry>> entries = Map.of();

    public CatalogueService(LocalStore store) {
        this.store = store;
    }

    /** Loads newer bundled catalogues into the store, then reads all of them into memory. */
    public void seedAndLoad() {
        store.write(tx -> {
            for (Catalogue cat : Catalogue.values()) {
                if (tx.catalogues().versionOf(cat.id()) < BUNDLED_VERSION) {
                    List<CatalogueRepository.Row> rows = bundled(cat);
                    tx.catalogues().replace(cat.id(), BUNDLED_VERSION, rows);
                    LOG.info("Catalogue {} loaded: {} codes, version {}", cat.id(), rows.size(), BUNDLED_VERSION);
                }
            }
            return null;
        });
        reload();
    }

    /** Re-reads the catalogues from the store (after sync brought a new version). */
    public void reload() {
        List<CatalogueRepository.Row> rows = store.read(tx -> tx.catalogues().all());
        Map<Catalogue, Map<String, CodeEntry>> map = new EnumMap<>(Catalogue.class);
        Map<String, Catalogue> byId = new LinkedHashMap<>();
        for (Catalogue c : Catalogue.values()) {
            byId.put(c.id(), c);
            map.put(c, new LinkedHashMap<>());
        }
        for (CatalogueRepository.Row r : rows) {
            Catalogue c = byId.get(r.catalogue());
            if (c != null) {
                map.get(c).put(r.code(), new CodeEntry(c, r.code(), r.labelCa(), r.labelEs(), r.parentCode(), r.active()));
            }
        }
        entries = map;
    }

    private static List<CatalogueRepository.Row> bundled(Catalogue cat) {
        String path = "/catalogues/" + cat.id() + ".csv";
        try (InputStream in = CatalogueService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue missing: " + path);
            }
            List<CatalogueRepository.Row> rows = new ArrayList<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(new CatalogueRepository.Row(cat.id(), r.get("code"), r.get("label_ca"), emptyToNull(r.get("label_es")),
                        emptyToNull(r.get("parent_code")), r.get("source"), BUNDLED_VERSION, true));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Active codes of {@code catalogue}, in catalogue order. */
    public List<CodeEntry> active(Catalogue catalogue) {
        return entries.getOrDefault(catalogue, Map.of()).values().stream().filter(CodeEntry::active).toList();
    }

    public Optional<CodeEntry> find(Catalogue catalogue, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries.getOrDefault(catalogue, Map.of()).get(code));
    }

    /** True when {@code code} is an active code of {@code catalogue}. */
    public boolean isActive(Catalogue catalogue, String code) {
        return find(catalogue, code).map(CodeEntry::active).orElse(false);
    }

    /** The label of a code; the code itself when unknown (never hides data). */
    public String label(Catalogue catalogue, String code, Language language) {
        return find(catalogue, code).map(e -> e.label(language)).orElse(code == null ? "" : code);
    }
}
