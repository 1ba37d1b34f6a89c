package cat.teixit.archfixtures;

/** A class of ours outside the protocol, for a fixture of ArchitectureTest to depend on; never instantiated. */
public final class OursOutsideTheProtocol {
}
