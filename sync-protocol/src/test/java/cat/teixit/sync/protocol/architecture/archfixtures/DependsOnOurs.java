package cat.teixit.sync.protocol.architecture.archfixtures;

import cat.teixit.archfixtures.OursOutsideTheProtocol;

/** A protocol class using another class of ours, on purpose; read only by ArchitectureTest. */
public final class DependsOnOurs {

    OursOutsideTheProtocol ours;
}
