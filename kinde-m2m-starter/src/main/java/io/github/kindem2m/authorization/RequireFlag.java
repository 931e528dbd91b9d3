package io.github.kindem2m.authorization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires a Kinde feature flag in the caller's token. Without {@link #havingValue()}
 * the flag must be a boolean flag that is {@code true}; with it, the flag must be a
 * string or integer flag with that value.
 *
 * <pre>{@code
 * @RequireFlag("agent-v2")
 * @RequireFlag(value = "tone", havingValue = "formal")
 * }</pre>
 *
 * <p>Absent, false, invalid and wrong-typed flags are refused (403, reason
 * {@code flag_disabled}). Repeatable: every flag must hold. On a class, it applies to every
 * method.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(RequireFlags.class)
public @interface RequireFlag {

	/**
	 * The flag key.
	 * @return the flag key
	 */
	String value();

	/**
	 * The required value of a string or integer flag; empty for a boolean flag that must
	 * be {@code true}.
	 * @return the required value
	 */
	String havingValue() default "";

}
