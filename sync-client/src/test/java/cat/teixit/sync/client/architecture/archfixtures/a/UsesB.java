package cat.teixit.sync.client.architecture.archfixtures.a;

import cat.teixit.sync.client.architecture.archfixtures.b.UsesA;

/** Breaks the no-cycles rule on purpose with {@link UsesA}; read only by ArchitectureTest. */
public final class UsesB {

    UsesA other;
}
