package cat.teixit.logic.aid;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.common.BundleTexts;
import cat.teixit.logic.settings.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reasoning comes out in the reader's language: Catalan and Spanish words and numbers (1.240,00 €, 1,52), no key
 * left untranslated, no English left in Catalan or Spanish; the figures are the same in every language.
 */
class AidStepsLanguageTest {

    private static final String NBSP = "\u00a0";
    /**
     * Words of the simulator's own English, and of the notes its data files once wrote into their sources, that must
     * never show in Catalan or Spanish. A source is a citation (a law, an article, a bulletin), the same in every
     * language; a note for whoever maintains the figures is a comment in the data file.
     */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(Met|Not met|Cannot tell|Rules|in force|a month|a year|unverified|Assumed|Household|household|income|"
                    + "regardless|truncated|supplement|minors?|members?|coefficient|band|claimant|Minor|and|the|of|not|"
                    + "from|was|were|found|checked|payments|ones|announced|school|derived|pension|raised|whether|"
                    + "unclear|predecessor|repealed|budget|people|violence)\\b");

    /** Households that between them go through nearly every step of every aid. */
    static List<Household> households() {
        List<Household> list = new ArrayList<>();
        list.add(Households.on("2025-06-01").adult(40, "3600").child(8).singleParent().build());
        Households big = Households.on("2025-06-01").adult(40, "4200").adult(38).adult(19).child(2).child(7).child(12);
        big.largeFamily = true;
        big.followed = true;
        big.change(1, m -> Households.with(m, 70, new BigDecimal("6000"), Household.IncomeKind.PENSION, 120, 120));
        list.add(big.build());
        Households young = Households.on("2025-06-01").adult(20).child(1);
        young.assets = new BigDecimal("90000");
        young.followed = null;
        young.regulated = null;
        young.municipality = "Girona";
        young.change(0, m -> Households.with(m, 0, new BigDecimal("2000"), Household.IncomeKind.UNEMPLOYMENT, null, 3));
        list.add(young.build());
        Households unknown = Households.on("2026-03-01").adult(25).adult(27);
        unknown.constituted = null;
        unknown.municipality = null;
        unknown.assets = null;
        unknown.change(1, m -> Households.with(m, 0, null, null, 120, 120));
        list.add(unknown.build());
        Households alone = Households.on("2024-06-01").adult(24, "30000");
        alone.independent = 10;
        list.add(alone.build());
        list.add(Households.on("2030-06-01").adult(50).build()); // no rule set in force
        return list;
    }

    private static List<String> everything(Language language) {
        List<String> texts = new ArrayList<>();
        for (Household h : households()) {
            for (AidResult r : AidFiguresTest.SIMULATOR.simulate(h)) {
                texts.addAll(r.steps(language));
                if (r.level() != null) {
                    texts.add(r.level(language));
                }
            }
        }
        return texts;
    }

    @Test
    void everyStepInEveryLanguageIsWrittenOutWithNoKeyOrPlaceholderLeft() {
        for (Language l : Language.values()) {
            List<String> texts = everything(l);
            assertThat(texts).hasSizeGreaterThan(150);
            assertThat(texts).as("in %s", l).allSatisfy(t -> assertThat(t).isNotBlank()
                    .doesNotContain("aid.step.", "aid.level.", "{", "}", "null", "'"));
        }
    }

    @Test
    void noEnglishIsLeftInCatalanOrSpanishSteps() {
        for (Language l : List.of(Language.CATALAN, Language.SPANISH)) {
            assertThat(everything(l)).as("in %s", l).allSatisfy(t -> assertThat(withoutFieldNames(t))
                    .doesNotContainPattern(ENGLISH));
        }
    }

    @Test
    void everyBundledSourceIsACitationWithNoEnglishNote() {
        List<String> sources = new ArrayList<>();
        for (Aid aid : Aid.values()) {
            for (RuleSet set : RuleBook.bundled().all(aid)) {
                set.figures().values().forEach(f -> sources.add(f.source()));
            }
        }
        assertThat(sources).hasSizeGreaterThan(100).allSatisfy(s -> assertThat(s).doesNotContainPattern(ENGLISH));
    }

    /** The steps without the names of the household's fields (the JSON's, the same in every language). */
    private static String withoutFieldNames(String text) {
        return text.replaceAll("household\\.\\w+|members\\[[^]]*]\\.\\w+", "");
    }

    @Test
    void catalanStepsUseCatalanWordsAndNumbers() {
        Household h = Households.on("2025-06-01").adult(40, "3600").child(8).singleParent().build();
        List<AidResult> results = AidFiguresTest.SIMULATOR.simulate(h);
        AidResult imv = results.getFirst();
        List<String> ca = imv.steps(Language.CATALAN);
        assertThat(ca.getFirst()).isEqualTo("Normativa aplicada: imv-2025.properties (vigència: del 01/01/2025 al 31/12/2025).");
        assertThat(ca).contains("Es compleix: la persona sol·licitant té 40 anys, com a mínim 23 (Ley 19/2021 art. 4, 5).")
                .anyMatch(s -> s.startsWith("Renda garantida (RG) individual = pensió no contributiva anual de 7.905,80" + NBSP
                        + "€ ÷ 12 = 658,8167" + NBSP + "€, truncada a 658,81" + NBSP + "€ al mes"))
                .anyMatch(s -> s.startsWith("Unitat de convivència: 1 adult + 1 menor; coeficient de l’escala 1,3"))
                .anyMatch(s -> s.startsWith("Unitat de convivència monoparental") && s.contains("+ 0,22"))
                .anyMatch(s -> s.startsWith("Es compleix: 120 mesos de residència legal i continuada a Espanya"))
                .anyMatch(s -> s.startsWith("Es compleix: IMV = RG 1.001,40" + NBSP + "€ − ingressos 300,00" + NBSP
                        + "€ = 701,40" + NBSP + "€ al mes, truncat"));
        assertThat(imv.level(Language.CATALAN)).isEqualTo("1 adult + 1 menor, coeficient 1,52");
        AidResult rgc = results.get(2);
        assertThat(rgc.level(Language.CATALAN)).isEqualTo("2 membres, 150" + NBSP + "% de l’IRSC");
        assertThat(rgc.steps(Language.CATALAN)).anyMatch(s -> s.contains("el 150" + NBSP + "% de l’IRSC ÷ 12 = 1.167,74"
                + NBSP + "€ al mes"));
        assertThat(results.get(3).steps(Language.CATALAN)).anyMatch(s -> s.startsWith("Descompte vigent el 01/06/2025: "));
        assertThat(results.get(3).level(Language.CATALAN)).isEqualTo("SEVERELY_VULNERABLE"); // a code, as in the JSON
    }

    @Test
    void spanishStepsUseSpanishWordsAndNumbers() {
        Household h = Households.on("2025-06-01").adult(40, "3600").child(8).singleParent().build();
        List<AidResult> results = AidFiguresTest.SIMULATOR.simulate(h);
        List<String> es = results.getFirst().steps(Language.SPANISH);
        assertThat(es.getFirst()).isEqualTo("Normativa aplicada: imv-2025.properties (vigencia: del 01/01/2025 al 31/12/2025).");
        assertThat(es).anyMatch(s -> s.startsWith("Se cumple: la persona solicitante tiene 40 años"))
                .anyMatch(s -> s.startsWith("Unidad de convivencia: 1 adulto + 1 menor; coeficiente de la escala 1,3"))
                .anyMatch(s -> s.startsWith("Se cumple: IMV = RG 1.001,40" + NBSP + "€ − ingresos 300,00" + NBSP
                        + "€ = 701,40" + NBSP + "€ al mes, truncado"));
        assertThat(results.get(1).steps(Language.SPANISH)).anyMatch(s -> s.startsWith("Menor m1: 7 años a 1 de enero de 2025; 57,50"
                + NBSP + "€ al mes"));
        assertThat(results.get(1).level(Language.SPANISH)).isEqualTo("1 menor");
    }

    @Test
    void unverifiedSourcesAndMissingDataAreSaidInTheLanguage() {
        Households h = Households.on("2026-06-01").adult(40);
        h.constituted = null;
        h.adult(41);
        AidResult imv = AidFiguresTest.SIMULATOR.simulate(h.build()).getFirst();
        assertThat(imv.steps(Language.CATALAN)).anyMatch(s -> s.startsWith("No es pot determinar: cal acreditar com a mínim 6 "
                + "mesos d’unitat de convivència constituïda") && s.endsWith("(falta: mesos de la unitat de convivència)."));
        assertThat(imv.missing()).containsExactly("household.constitutedMonths"); // the JSON's path, for scripts
        assertThat(imv.missing(Language.SPANISH)).containsExactly("meses de la unidad de convivencia");
        assertThat(Step.field("members[Anna].monthsResidentSpain", Language.CATALAN)).isEqualTo("Anna: mesos a Espanya");
        assertThat(Step.field("IMV", Language.CATALAN)).isEqualTo("IMV");
        AidResult canteen = AidFiguresTest.SIMULATOR.simulate(Households.on("2025-10-01").adult(40, "1000").child(7).build())
                .getLast();
        assertThat(canteen.steps(Language.CATALAN)).anyMatch(s -> s.contains("(sense verificar)"))
                .noneMatch(s -> s.contains("(unverified)"));
        assertThat(canteen.steps(Language.SPANISH)).anyMatch(s -> s.contains("(sin verificar)"));
    }

    @Test
    void theFiguresAreTheSameInEveryLanguage() {
        for (Household h : households()) {
            List<AidResult> results = AidFiguresTest.SIMULATOR.simulate(h);
            for (AidResult r : results) {
                for (Language l : Language.values()) {
                    assertThat(r.steps(l)).as("%s in %s", r.aid(), l).hasSameSizeAs(r.steps());
                }
            }
        }
    }

    @Test
    void everyAidStepKeyReadsDifferentlyInEachLanguage() throws Exception {
        Properties ca = bundle("ca");
        Properties es = bundle("es");
        Properties en = bundle("en");
        for (String key : ca.stringPropertyNames()) {
            if (!key.startsWith("aid.step.") && !key.startsWith("aid.level.") && !key.startsWith("aid.text.")) {
                continue;
            }
            assertThat(ca.getProperty(key)).as("%s in Catalan", key).isNotEqualTo(en.getProperty(key));
            assertThat(es.getProperty(key)).as("%s in Spanish", key).isNotEqualTo(en.getProperty(key));
        }
        assertThat(new BundleTexts(Language.CATALAN).t("aid.step.composition", 2, 3)).isEqualTo("2 adults + 3 menors");
        assertThat(new BundleTexts(Language.SPANISH).t("aid.step.composition", 1, 0)).isEqualTo("1 adulto");
    }

    private static Properties bundle(String tag) throws Exception {
        Properties p = new Properties();
        try (var in = AidStepsLanguageTest.class.getResourceAsStream("/i18n/messages_" + tag + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void amountsAndNumbersFollowTheLanguage() {
        assertThat(Step.of("aid.step.capi.total", Step.eur(new BigDecimal("1240"))).text(Language.CATALAN))
                .startsWith("Complement: 1.240,00" + NBSP + "€ al mes.");
        assertThat(Step.of("aid.step.capi.total", Step.eur(new BigDecimal("1240"))).text(Language.ENGLISH))
                .startsWith("Supplement: €1,240.00 a month.");
        assertThat(Step.of("aid.level.imv", Step.of("aid.step.composition", 2, 1), Step.num(new BigDecimal("1.60")))
                .text(Language.SPANISH)).isEqualTo("2 adultos + 1 menor, coeficiente 1,6");
        assertThat(Step.day(LocalDate.of(2025, 1, 1), Language.CATALAN)).isEqualTo("01/01/2025");
    }
}
