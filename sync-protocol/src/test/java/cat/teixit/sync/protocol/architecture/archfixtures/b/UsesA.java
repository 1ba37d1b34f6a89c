package cat.teixit.sync.protocol.architecture.archfixtures.b;

import cat.teixit.sync.protocol.architecture.archfixtures.a.UsesB;

/** Breaks the no-cycles rule on purpose with {@link UsesB}: only ArchitectureTest reads it. */
public final class UsesA {

    UsesB other;
}
