package cat.teixit.persistence;

import java.sql.Types;
import org.hibernate.community.dialect.SQLiteDialect;

/**
 * SQLite dialect for STRICT tables: SQLite knows only INTEGER, REAL, TEXT and BLOB, so schema
 * validation must accept INTEGER for every integral Java type (long, int, boolean) and TEXT for
 * every character type. Stateless.
 */
public final class TeixitSqliteDialect extends SQLiteDialect {

    @Override
    public boolean equivalentTypes(int typeCode1, int typeCode2) {
        return super.equivalentTypes(typeCode1, typeCode2)
                || (isIntegral(typeCode1) && isIntegral(typeCode2))
                || (isText(typeCode1) && isText(typeCode2));
    }

    private static boolean isIntegral(int t) {
        return t == Types.INTEGER || t == Types.BIGINT || t == Types.SMALLINT || t == Types.TINYINT
                || t == Types.BOOLEAN || t == Types.BIT;
    }

    private static boolean isText(int t) {
        return t == Types.VARCHAR || t == Types.CHAR || t == Types.LONGVARCHAR || t == Types.NVARCHAR
                || t == Types.NCHAR || t == Types.LONGNVARCHAR || t == Types.CLOB;
    }
}
