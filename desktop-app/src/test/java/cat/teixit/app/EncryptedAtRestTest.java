package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.casefile.PersonForm;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.DocumentService;
import cat.teixit.logic.settings.Language;
import cat.teixit.model.casefile.IdDocumentType;
import cat.teixit.model.casefile.Sex;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.persistence.KeyRing;
import cat.teixit.persistence.LocalStore;
import cat.teixit.persistence.PlaintextStore;
import cat.teixit.persistence.StoreKey;
import cat.teixit.persistence.StoreOpenException;
import cat.teixit.persistence.UpgradeBackup;
import cat.teixit.sync.protocol.PasswordHasher;
import cat.teixit.testing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lost laptop leaks nothing (issue 14, decision 0032): the data directory is opened as the window opens it (the
 * sign-in unwraps the data key), people are created through the use cases, and no byte of any file there (database,
 * write-ahead log, search index, key ring, backups, logs, temporary files) holds their names or document numbers. A
 * wrong password opens nothing; two users each unwrap the key; a new password rewraps it and the old one no longer
 * opens; a store from before encryption is encrypted in place and keeps its data. Attachments (a file naming the
 * people, a filed PDF) are encrypted too; the one copy in clear is the file opened in a viewer, until Teixit closes.
 */
class EncryptedAtRestTest {

    private static final String PASSWORD = DemoSeeder.DEMO_PASSWORD;
    private static final List<String> SECRETS = List.of("Núria", "Pagès", "Muñoz", "12345678Z", "Jordà", "Ñúñez",
            "X1234567L", "Y7654321G");

    private static final String REPORT = "Informe social: Núria Pagès Muñoz (DNI 12345678Z) i Jordà Ñúñez (NIE X1234567L)";

    @TempDir
    Path dir;
    @TempDir
    Path outside;

    /** The window's first sign-in on a data directory, as GuiLauncher makes it. */
    private SignInGate gate(boolean demo) throws StoreOpenException {
        return SignInGate.forDataDir(dir, InstanceLock.acquire(dir), demo);
    }

    private static CurrentUser signIn(SignInGate gate, String user, String password) {
        LoginResult r = gate.login(user, password.toCharArray());
        assertThat(r).as("sign-in of " + user).isInstanceOf(LoginResult.Success.class);
        return ((LoginResult.Success) r).user();
    }

    /** Creates three people (their names and numbers are the secrets); the last one's case file. */
    private static UUID createPeople(Workstation w, CurrentUser laia) {
        w.people().createWithNewHousehold(laia, PersonForm.basic("Núria", "Pagès", "Muñoz", IdDocumentType.DNI, "12345678Z",
                LocalDate.of(1984, 3, 9), Sex.F), null);
        w.people().createWithNewHousehold(laia, PersonForm.basic("Jordà", "Ñúñez", null, IdDocumentType.NIE, "X1234567L",
                LocalDate.of(1990, 11, 2), Sex.M), null);
        var created = w.people().createWithNewHousehold(laia, PersonForm.basic("Aina", "Pagès", "Muñoz",
                IdDocumentType.NIE, "Y7654321G", LocalDate.of(2012, 1, 30), Sex.F), null);
        assertThat(created.caseFileId()).isNotNull();
        // Searched as a worker does: the index is written and read.
        assertThat(w.search().search(laia, "nuria pages", 10, Language.CATALAN)).extracting(h -> h.givenName())
                .contains("Núria");
        return created.caseFileId();
    }

    /** A report naming the people, added to {@code caseFileId} from a file outside the data directory. */
    private UUID addReport(Workstation w, CurrentUser laia, UUID caseFileId) throws IOException {
        Path report = Files.writeString(outside.resolve("informe.txt"), REPORT, StandardCharsets.UTF_8);
        assertThat(report.startsWith(dir)).isFalse();
        return w.attachments().add(laia, caseFileId, null, report, "Informe");
    }

    private List<Path> attachmentFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir.resolve("attachments"))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aScanOfEveryByteOfTheDataDirectoryFindsNoNameNorDocumentNumber() throws Exception {
        Logging.toFile(dir);
        SignInGate gate = gate(true);
        CurrentUser laia = signIn(gate, "laia", PASSWORD);
        Workstation w = gate.opened().join();
        UUID caseFileId = createPeople(w, laia);
        // A file naming them added to the case file, and a document filed there (a PDF naming its person).
        UUID report = addReport(w, laia, caseFileId);
        DocumentService.Rendered filed = w.documents().renderAndFile(laia, "participation-certificate",
                Language.CATALAN, caseFileId, Map.of("certificate", Map.of("fullName", "Núria Pagès Muñoz",
                        "idDocument", "DNI 12345678Z", "title", "Taller de recerca de feina", "programme",
                        "Inclusió laboral", "from", "12/01/2026", "to", "30/03/2026", "sessions", "12", "attended",
                        "10", "hours", "20", "facilitator", "Jordi Serra Vidal")));
        assertThat(pdfText(filed.pdf())).contains("Pagès");
        assertThat(attachmentFiles()).hasSize(2);
        // Printing decrypts in memory; the file opened in a viewer is the one copy in clear, removed at closing.
        assertThat(w.attachments().read(laia, filed.id())).isEqualTo(filed.pdf());
        Path copy = w.attachments().copyForViewing(laia, report);
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(REPORT);
        // While open: the write-ahead log holds the latest pages.
        assertThat(Files.exists(dir.resolve(LocalStore.DB_FILE + "-wal"))).isTrue();
        assertThat(leaks()).as("files holding a name or a document number, store open").containsExactly(copy);
        gate.close();
        assertThat(leaks()).as("files holding a name or a document number, store closed").isEmpty();
        assertThat(copy).doesNotExist();
        assertThat(PlaintextStore.isPlain(dir.resolve(LocalStore.DB_FILE))).isFalse();
        // The scan can fail: the same names are found in a store opened without encryption.
        Path plain = dir.resolve("control.db");
        try (Connection c = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + plain);
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (name TEXT)");
            st.execute("INSERT INTO t VALUES ('Núria Pagès Muñoz 12345678Z')");
        }
        assertThat(leaks()).containsExactly(plain);
    }

    @Test
    void aWrongPasswordOpensNothingAndTwoUsersEachUnwrapTheSameKey() throws Exception {
        SignInGate first = gate(true);
        signIn(first, "laia", PASSWORD);
        first.close();

        SignInGate next = gate(true);
        assertThat(next.login("laia", "not-her-password".toCharArray()))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        assertThat(next.opened()).isNotDone();
        next.close();
        KeyRing ring = new KeyRing(dir, new PasswordHasher());
        assertThat(ring.unwrap("laia", "not-her-password".toCharArray())).isEmpty();
        StoreKey laias = ring.unwrap("laia", PASSWORD.toCharArray()).orElseThrow();
        StoreKey montses = ring.unwrap("montse", PASSWORD.toCharArray()).orElseThrow();
        assertThat(laias).isEqualTo(montses);
        // Another key opens nothing: the file reads as no database at all.
        assertThatThrownBy(() -> LocalStore.open(dir, StoreKey.random())).isInstanceOf(StoreOpenException.class)
                .extracting(e -> ((StoreOpenException) e).reason()).isEqualTo(StoreOpenException.Reason.CORRUPT);
        LocalStore.open(dir, laias).close();
    }

    @Test
    void aColleagueWithoutAKeySignsInAfterSomeoneWhoHasOne() throws Exception {
        SignInGate first = gate(true);
        signIn(first, "laia", PASSWORD);
        first.close();
        new KeyRing(dir, new PasswordHasher()).revoke("montse");

        SignInGate gate = gate(true);
        assertThat(gate.login("montse", PASSWORD.toCharArray()))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.NO_KEY_HERE));
        signIn(gate, "laia", PASSWORD);
        gate.opened().join().auth().logout();
        signIn(gate, "montse", PASSWORD);
        gate.close();
        assertThat(new KeyRing(dir, new PasswordHasher()).unwrap("montse", PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void aNewPasswordRewrapsTheKeyAndTheOldOneNoLongerOpens() throws Exception {
        SignInGate gate = gate(true);
        signIn(gate, "laia", PASSWORD);
        Workstation w = gate.opened().join();
        createPeople(w, w.auth().requireUser());
        var keyBefore = new KeyRing(dir, new PasswordHasher()).unwrap("laia", PASSWORD.toCharArray()).orElseThrow();
        String next = "Un camí nou de la Vall 7";
        w.auth().changePassword(PASSWORD.toCharArray(), next.toCharArray(), next.toCharArray());
        gate.close();
        // Rewrapped, not re-encrypted: the new password unwraps the very same database key.
        assertThat(new KeyRing(dir, new PasswordHasher()).unwrap("laia", next.toCharArray())).as("not re-encrypted")
                .contains(keyBefore);

        SignInGate old = gate(true);
        assertThat(old.login("laia", PASSWORD.toCharArray()))
                .isEqualTo(new LoginResult.Refused(LoginResult.Reason.BAD_CREDENTIALS));
        CurrentUser laia = signIn(old, "laia", next);
        assertThat(old.opened().join().search().search(laia, "nuria", 10, Language.CATALAN)).isNotEmpty();
        old.close();
        String ring = Files.readString(dir.resolve(KeyRing.FILE), StandardCharsets.UTF_8);
        assertThat(ring).contains("user.laia=").doesNotContain("previous.");
    }

    @Test
    void aStoreFromBeforeEncryptionIsEncryptedInPlaceAndKeepsItsData() throws Exception {
        // A store as Teixit left it before encryption: in clear, with an upgrade backup in clear.
        UUID report;
        try (Workstation w = Workstation.openDemoStore(dir, InstanceLock.acquire(dir), TestKeys.KEY)) {
            CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", PASSWORD.toCharArray())).user();
            report = addReport(w, laia, createPeople(w, laia));
        }
        decrypt(dir.resolve(LocalStore.DB_FILE));
        // Its attachment in clear, named by its SHA-256, as Teixit stored them then.
        byte[] content = REPORT.getBytes(StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        for (Path f : attachmentFiles()) {
            Files.delete(f);
        }
        Path plainReport = Files.createDirectories(dir.resolve("attachments").resolve(sha.substring(0, 2))).resolve(sha);
        Files.write(plainReport, content);
        Files.delete(dir.resolve(KeyRing.FILE));
        Files.createDirectories(dir.resolve(UpgradeBackup.FOLDER));
        Path backup = dir.resolve(UpgradeBackup.FOLDER).resolve("teixit-before-V19-20260101-000000-000Z.db");
        Files.copy(dir.resolve(LocalStore.DB_FILE), backup);
        assertThat(PlaintextStore.isPlain(dir.resolve(LocalStore.DB_FILE))).isTrue();
        assertThat(leaks()).isNotEmpty();

        SignInGate gate = gate(true);
        CurrentUser laia = signIn(gate, "laia", PASSWORD);
        Workstation w = gate.opened().join();
        assertThat(w.search().search(laia, "12345678Z", 10, Language.CATALAN)).extracting(h -> h.givenName())
                .containsExactly("Núria");
        assertThat(w.search().search(laia, "X1234567L", 10, Language.CATALAN)).extracting(h -> h.givenName())
                .containsExactly("Jordà");
        assertThat(plainReport).doesNotExist();
        assertThat(attachmentFiles()).singleElement().satisfies(f -> assertThat(f.toString()).endsWith(".enc")
                .doesNotContain(sha));
        assertThat(Files.readAllBytes(w.attachments().copyForViewing(laia, report))).isEqualTo(content);
        gate.close();
        assertThat(PlaintextStore.isPlain(dir.resolve(LocalStore.DB_FILE))).isFalse();
        assertThat(PlaintextStore.isPlain(backup)).isFalse();
        assertThat(UpgradeBackup.list(dir)).containsExactly(backup);
        // The backup opens with the store's key and keeps its data.
        Path restored = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-restored"));
        Files.copy(backup, restored.resolve(LocalStore.DB_FILE));
        StoreKey key = new KeyRing(dir, new PasswordHasher()).unwrap("laia", PASSWORD.toCharArray()).orElseThrow();
        try (LocalStore store = LocalStore.open(restored, key); Connection c = store.readOnlyConnection();
                Statement st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM person WHERE id_doc_number = '12345678Z'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(leaks()).isEmpty();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /** Turns the test store in {@code db} back into a store in clear (SQLite3MultipleCiphers' rekey to nothing). */
    private static void decrypt(Path db) throws Exception {
        try (Connection c = TestKeys.connect(db); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA rekey = ''");
        }
    }

    /** The files of the data directory holding any of the secrets, as written or as the search index folds them. */
    private List<Path> leaks() throws IOException {
        Set<String> needles = new LinkedHashSet<>();
        for (String s : SECRETS) {
            needles.add(s);
            needles.add(s.toLowerCase(Locale.ROOT));
            needles.add(s.toUpperCase(Locale.ROOT));
            String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            needles.add(folded);
            needles.add(folded.toLowerCase(Locale.ROOT));
        }
        List<byte[]> patterns = new ArrayList<>();
        // Any PDF in clear (a filed document's text is compressed in it).
        patterns.add("%PDF-".getBytes(StandardCharsets.US_ASCII));
        for (String n : needles) {
            patterns.add(n.getBytes(StandardCharsets.UTF_8));
            patterns.add(n.getBytes(StandardCharsets.UTF_16LE));
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] content = Files.readAllBytes(f);
                if (patterns.stream().anyMatch(p -> cat.teixit.testing.Bytes.indexOf(content, p) >= 0)) {
                    found.add(f);
                }
            }
        }
        return found;
    }
}
