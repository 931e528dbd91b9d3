package io.github.kindem2m.authorization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires every listed scope to be granted to the caller (in the token's {@code scope}
 * or {@code scp} claim). Refusals are 403 with reason {@code insufficient_scope} and a
 * {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="..."} challenge. On a
 * class, it applies to every method.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequireScope {

	/**
	 * The scopes that must all be granted.
	 * @return the scopes
	 */
	String[] value();

}
