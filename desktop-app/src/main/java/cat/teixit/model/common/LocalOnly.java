package cat.teixit.model.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a mapped column of a {@link SyncedEntity} that stays on this workstation: it is stored, but it is
 * not one of the entity's synced fields (a password verifier, say). Every other mapped column syncs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface LocalOnly {
}
