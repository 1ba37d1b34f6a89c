package cat.teixit.logic.aid;

/** The aids the simulator knows, in the order it shows them. */
public enum Aid {
    /** Ingreso Mínimo Vital (State), with the single-parent and disability supplements. */
    IMV,
    /** The IMV's child supplement (complemento de ayuda para la infancia). */
    IMV_CAPI,
    /** Catalonia's Renda Garantida de Ciutadania, as a top-up after the IMV. */
    RGC,
    /** The electricity social discount (bono social eléctrico). */
    BONO_SOCIAL_ELECTRICO,
    /** Barcelona's school-canteen grants (70% / 100%). */
    MENJADOR_BCN
}
