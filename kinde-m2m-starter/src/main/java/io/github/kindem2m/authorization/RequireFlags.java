package io.github.kindem2m.authorization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Container of repeated {@link RequireFlag} annotations; every flag must hold.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequireFlags {

	/**
	 * The required flags.
	 * @return the flags
	 */
	RequireFlag[] value();

}
