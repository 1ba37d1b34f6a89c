package cat.teixit.model.casefile;

/**
 * The administration that funds a granted resource: the council itself, the county council (consell comarcal), the
 * provincial council (diputació), the Generalitat de Catalunya, the State, European funds (e.g. the ESF+), or another.
 */
public enum Funding {
    MUNICIPAL, COUNTY, PROVINCIAL, GENERALITAT, STATE, EUROPEAN, OTHER
}
