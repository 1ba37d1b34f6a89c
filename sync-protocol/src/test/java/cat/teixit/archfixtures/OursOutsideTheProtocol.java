package cat.teixit.archfixtures;

/** A class of ours outside the protocol, for a fixture of ArchitectureTest to depend on. */
public final class OursOutsideTheProtocol {
}
