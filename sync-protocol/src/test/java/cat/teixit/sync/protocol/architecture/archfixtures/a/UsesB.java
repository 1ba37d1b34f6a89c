package cat.teixit.sync.protocol.architecture.archfixtures.a;

import cat.teixit.sync.protocol.architecture.archfixtures.b.UsesA;

/** Breaks the no-cycles rule on purpose with {@link UsesA}; read only by ArchitectureTest. */
public final class UsesB {

    UsesA other;
}
