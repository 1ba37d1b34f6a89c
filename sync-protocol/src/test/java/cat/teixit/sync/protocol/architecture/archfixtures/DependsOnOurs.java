package cat.teixit.sync.protocol.architecture.archfixtures;

import cat.teixit.archfixtures.OursOutsideTheProtocol;

/** A protocol class that depends on another of our classes, on purpose: only ArchitectureTest reads it. */
public final class DependsOnOurs {

    OursOutsideTheProtocol ours;
}
