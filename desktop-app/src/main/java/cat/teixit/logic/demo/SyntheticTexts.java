package cat.teixit.logic.demo;

import cat.teixit.model.casefile.InterventionKind;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Catalan texts for synthetic social histories, assembled from sentence templates: intervention
 * notes of varied length, demands, assessments, plans and referrals. {@code {nom}} stands for the
 * person's given name. Immutable, thread-safe.
 */
final class SyntheticTexts {

    private static final List<String> INTERVIEW = List.of(
            "Entrevista de seguiment amb {nom}.",
            "{nom} acudeix a l’entrevista puntualment i aporta la documentació demanada.",
            "Explica que continua sense feina i que ha deixat de cobrar el subsidi d’atur.",
            "Es revisa el pla de treball: s’han complert la majoria dels acords.",
            "Aporta el certificat d’empadronament, les nòmines i el contracte de lloguer.",
            "Manifesta preocupació per la situació escolar dels fills.",
            "S’informa dels requisits de la renda garantida de ciutadania i de com sol·licitar-la.",
            "Refereix dificultats per pagar el lloguer i els subministraments des de fa tres mesos.",
            "Es fa l’acollida i una primera valoració de la demanda.",
            "Es mostra col·laboradora i amb bona disposició per seguir els acords.",
            "Es lliura el certificat de prestacions sol·licitat.",
            "Comenta que la relació amb la parella ha millorat des de l’última entrevista.",
            "Se l’orienta cap al servei d’ocupació per a un curs de formació.",
            "{nom} diu que dorm poc i que està molt cansada; se li proposa parlar-ho amb el metge de capçalera.",
            "Es treballa l’organització del pressupost familiar mes a mes.",
            "Expressa el desig de recuperar el contacte amb la família d’origen.");
    private static final List<String> HOME_VISIT = List.of(
            "Visita domiciliària programada.",
            "L’habitatge presenta humitats i algunes mancances d’higiene.",
            "Es valora l’adequació de l’habitatge a la mobilitat reduïda de la persona gran.",
            "{nom} ens rep amb la seva filla; l’ambient és tranquil.",
            "Es comprova que el servei d’ajuda a domicili funciona correctament.",
            "Es detecta acumulació d’objectes a la cuina i al menjador.",
            "No hi ha ningú al domicili; es deixa un avís a la bústia.",
            "La nevera és gairebé buida; es tramita l’ajut d’alimentació.",
            "Els infants tenen un espai per fer els deures i el pis està endreçat.",
            "Es constata que viuen set persones en un pis de dues habitacions.");
    private static final List<String> PHONE = List.of(
            "Trucada de {nom} per confirmar la cita.",
            "Trucada per recordar la documentació pendent.",
            "Es truca i no contesta; es deixa missatge.",
            "{nom} truca angoixada per un avís de tall de llum.",
            "Trucada a l’escola per coordinar el seguiment de l’absentisme.",
            "Informa que ha trobat una feina temporal en una empresa de neteja.",
            "Demana canviar la cita perquè té visita mèdica.",
            "Truca per saber com va la sol·licitud de l’ajut.");
    private static final List<String> COORDINATION = List.of(
            "Coordinació amb l’escola: es comenta l’evolució dels infants.",
            "Coordinació amb la treballadora social del CAP.",
            "Reunió amb l’EAIA per valorar la situació de risc dels infants.",
            "Coordinació amb Càritas per a l’ajuda d’aliments.",
            "Coordinació amb l’Oficina d’Habitatge sobre la sol·licitud a la Mesa d’Emergència.",
            "Coordinació amb el Servei d’Ocupació de Catalunya.",
            "Coordinació amb el CSMA: segueix el tractament i hi va regularment.",
            "Coordinació amb el CDIAP sobre el desenvolupament del fill petit.",
            "Coordinació amb la Creu Roja per al programa de suport a famílies.");
    private static final List<String> REPORT = List.of(
            "S’elabora l’informe social per a la sol·licitud d’ajut.",
            "Informe per a la Mesa d’Emergència d’habitatge.",
            "Informe de seguiment per a l’EAIA.",
            "Informe social a petició del jutjat de família.",
            "Informe de valoració per al servei d’ajuda a domicili.",
            "Informe per a la renovació del permís de residència per arrelament.");
    private static final List<String> OTHER = List.of(
            "Acompanyament a l’oficina d’estrangeria per renovar el permís.",
            "Gestió de la cita prèvia per al DNI.",
            "Assisteix a la sessió grupal d’acollida.",
            "Acompanyament al banc per obrir un compte bàsic.",
            "Lliurament de la targeta moneder per a alimentació.");
    private static final List<String> FOLLOW_UP = List.of(
            "Es pacta una nova entrevista d’aquí a dues setmanes.",
            "Queda pendent aportar el certificat d’ingressos.",
            "Es farà seguiment telefònic la setmana vinent.",
            "S’acorda revisar-ho a la propera visita.",
            "Es demana autorització per coordinar amb l’escola.",
            "S’ofereix l’acompanyament de l’educadora social.");
    private static final List<String> CONFIDENTIAL = List.of(
            "{nom} explica episodis de violència per part de l’exparella; es valora el risc i s’informa del SIAD.",
            "Refereix consum problemàtic d’alcohol de la parella; no vol que consti a l’informe.",
            "Revela un diagnòstic de salut mental que no vol compartir amb la família.",
            "Explica una situació de maltractament econòmic per part d’un fill.");

    private static final List<String> DEMAND_INFO = List.of("Demana informació sobre els ajuts per al lloguer.",
            "Vol saber si té dret a la renda garantida de ciutadania.", "Demana orientació per empadronar-se.",
            "Demana informació sobre la prestació per fill a càrrec.", "Vol informació sobre el carnet de família monoparental.");
    private static final List<String> DEMAND_HOME = List.of("Sol·licita ajuda a domicili per a la mare, que viu sola.",
            "Demana suport per a la cura d’una persona dependent a casa.", "Sol·licita teleassistència.",
            "Demana ajuda per organitzar la llar i les rutines dels infants.");
    private static final List<String> DEMAND_HOUSING = List.of("Ha de deixar l’habitació on viu i no té on anar.",
            "Té una ordre de desnonament per a d’aquí a dos mesos.", "Viu al carrer des de fa tres setmanes.",
            "Demana un allotjament d’urgència després d’una separació.");
    private static final List<String> DEMAND_INSERTION = List.of("Demana suport per trobar feina.",
            "Vol fer un curs de català i de formació ocupacional.", "Demana ajuda per a la regularització administrativa.",
            "Sol·licita beca de menjador per als fills.", "Demana ajut per pagar els subministraments.");

    static final List<String> ASSESSMENT = List.of(
            "Situació de vulnerabilitat econòmica amb xarxa familiar feble.",
            "Família amb capacitats de cura conservades però amb ingressos insuficients.",
            "Risc d’exclusió residencial; manca de xarxa de suport.",
            "Dificultats en la cura dels infants vinculades a la sobrecàrrega de la mare.",
            "Persona gran amb dependència moderada i cuidadora principal esgotada.",
            "Situació administrativa irregular que impedeix l’accés a l’ocupació.",
            "Bona vinculació amb el servei; evolució positiva.");
    static final List<String> PLAN_GOALS = List.of("Millorar l’organització econòmica de la llar",
            "Garantir l’assistència regular dels infants a l’escola", "Accedir a un habitatge estable",
            "Reduir l’aïllament social", "Tramitar la regularització administrativa", "Millorar l’ocupabilitat",
            "Assegurar la cura adequada de la persona gran", "Reforçar les habilitats parentals",
            "Mantenir l’adherència al tractament de salut");
    static final List<String> PLAN_ACTIONS = List.of("Obrir un compte bancari i domiciliar els rebuts",
            "Assistir a les tutories de l’escola", "Inscriure’s a la Mesa d’Emergència", "Participar al grup d’acollida",
            "Demanar cita a estrangeria", "Inscriure’s al Servei d’Ocupació", "Sol·licitar el servei d’ajuda a domicili",
            "Anar a les visites del CSMA", "Fer el curs de català", "Presentar la sol·licitud de beca de menjador",
            "Fer un pressupost mensual amb l’educadora");
    static final List<String> RESPONSIBLE = List.of("Persona usuària", "Professional de referència",
            "Educador/a social", "Escola", "Família");
    static final List<String> REFERRAL_SERVICES = List.of("CAP (atenció primària de salut)", "CSMA",
            "Servei d’Ocupació de Catalunya", "Oficina d’Habitatge", "Escola", "CDIAP", "EAIA", "Càritas",
            "Creu Roja", "SIAD", "Servei d’Atenció a Immigrants", "Banc dels Aliments");
    static final List<String> REFERRAL_REASONS = List.of("Cal una valoració especialitzada.",
            "Es necessita suport que el servei bàsic no pot oferir.", "Seguiment de salut mental.",
            "Recerca activa de feina.", "Accés a habitatge social.", "Valoració del desenvolupament infantil.",
            "Valoració de la situació de risc.", "Ajuda d’aliments.");
    static final List<String> REJECTION_REASONS = List.of("No compleix els requisits d’accés.",
            "Llista d’espera tancada; es reorienta a un altre servei.", "La persona no hi dona el consentiment.");
    static final List<String> AGREEMENTS = List.of(
            "La persona es compromet a complir les accions del pla i a avisar si no pot venir a una cita.",
            "La família es compromet a portar els infants a l’escola cada dia i a assistir a les tutories.",
            "Es compromet a buscar feina activament i a aportar els justificants cada mes.");

    private SyntheticTexts() {
    }

    /** Intervention notes: mostly short, some long, as professionals write them. */
    static String notes(InterventionKind kind, String name, boolean confidential, SplittableRandom r) {
        List<String> pool = switch (kind) {
            case OFFICE_INTERVIEW -> INTERVIEW;
            case HOME_VISIT -> HOME_VISIT;
            case PHONE_CALL -> PHONE;
            case COORDINATION -> COORDINATION;
            case REPORT -> REPORT;
            case OTHER -> OTHER;
        };
        int roll = r.nextInt(100);
        int sentences = roll < 45 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 + r.nextInt(2) : 5 + r.nextInt(4);
        StringBuilder sb = new StringBuilder(sentences * 70);
        if (confidential) {
            sb.append(one(CONFIDENTIAL, r));
        }
        for (int i = 0; i < sentences; i++) {
            if (!sb.isEmpty()) {
                sb.append(i > 0 && i % 3 == 0 ? "\n" : " ");
            }
            sb.append(i == sentences - 1 && i > 0 ? one(FOLLOW_UP, r) : one(i == 0 ? pool : mixed(pool, r), r));
        }
        return sb.toString().replace("{nom}", name);
    }

    private static List<String> mixed(List<String> pool, SplittableRandom r) {
        return r.nextInt(3) == 0 ? INTERVIEW : pool;
    }

    /** A demand's description in one of the four SIUSS areas (demand_area codes 1 to 4). */
    static String demand(String area, SplittableRandom r) {
        return one(switch (area) {
            case "1" -> DEMAND_INFO;
            case "2" -> DEMAND_HOME;
            case "3" -> DEMAND_HOUSING;
            default -> DEMAND_INSERTION;
        }, r);
    }

    static <T> T one(List<T> items, SplittableRandom r) {
        return items.get(r.nextInt(items.size()));
    }

    /**
     * One of {@code items} not yet in {@code used} (then marked used): the one drawn, or the next unused after it, so
     * that a plan does not have the same goal twice. Draws one number, as {@link #one} does, so the rest of the
     * generated history stays the same. At most {@code items.size()} calls per {@code used}.
     */
    static <T> T unused(List<T> items, java.util.BitSet used, SplittableRandom r) {
        int i = r.nextInt(items.size());
        while (used.get(i)) {
            i = (i + 1) % items.size();
        }
        used.set(i);
        return items.get(i);
    }
}
