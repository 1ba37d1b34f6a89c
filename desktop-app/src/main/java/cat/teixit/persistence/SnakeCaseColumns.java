package cat.teixit.persistence;

import cat.teixit.model.common.ColumnName;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * The store's naming strategy: a mapped field is stored in the column of its name in snake case
 * ({@link ColumnName}), so an entity names a column only where it is another (decision 0038). Tables and
 * the rest keep the names they are given. Stateless; thread-safe.
 */
public final class SnakeCaseColumns extends PhysicalNamingStrategyStandardImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier toPhysicalColumnName(Identifier logicalName, JdbcEnvironment context) {
        return logicalName == null ? null
                : Identifier.toIdentifier(ColumnName.of(logicalName.getText()), logicalName.isQuoted());
    }
}
