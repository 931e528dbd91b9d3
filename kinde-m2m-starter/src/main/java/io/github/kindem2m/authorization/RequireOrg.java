package io.github.kindem2m.authorization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Requires the caller's token to carry an {@code org_code}, equal (exactly,
 * case-sensitively) to the method argument named by {@link #param()}, or to one of
 * {@link #anyOf()}. A token without {@code org_code} is refused.
 *
 * <pre>{@code
 * @RequireOrg
 * @GetMapping("/api/orgs/{orgCode}/articles")
 * List<Article> articles(@PathVariable String orgCode) { ... }
 *
 * @RequireOrg(anyOf = "org_internal")
 * @GetMapping("/internal/stats")
 * Stats stats() { ... }
 * }</pre>
 *
 * <p>On a class, it applies to every method of the class, together with the methods' own
 * annotations: all must hold. A {@link #param()} that names no parameter of an annotated
 * method stops the application at start-up. Refusals are 403 with reason
 * {@code org_missing} or {@code org_mismatch}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequireOrg {

	/**
	 * Name of the method parameter that holds the organisation code. Ignored when
	 * {@link #anyOf()} is set. Parameter names need the {@code -parameters} compiler flag,
	 * which Spring Boot's Maven and Gradle plugins set.
	 * @return the parameter name
	 */
	String param() default "orgCode";

	/**
	 * A fixed set of accepted organisation codes, for internal endpoints that belong to
	 * no customer.
	 * @return the accepted codes; empty to compare with {@link #param()}
	 */
	String[] anyOf() default {};

}
