package io.github.kindem2m.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs a test as a Kinde M2M caller, for service-level tests without HTTP. The token is
 * signed by the test's {@code LocalKindeIssuer} ({@link KindeM2mTest}), then decoded by
 * the application's own {@code JwtDecoder} and converter, so the principal is the one
 * production would build.
 *
 * <pre>{@code
 * @Test
 * @WithKindeM2m(org = "org_acme", scopes = "kb:read", flags = {"agent-v2=true", "tone=formal"})
 * void listsOwnArticles() { ... }
 * }</pre>
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithKindeM2mSecurityContextFactory.class)
public @interface WithKindeM2m {

	/**
	 * The client id ({@code azp}).
	 * @return the client id
	 */
	String clientId() default "local-test-client";

	/**
	 * The organisation ({@code org_code}); empty for none.
	 * @return the organisation code
	 */
	String org() default "";

	/**
	 * The granted scopes.
	 * @return the scopes
	 */
	String[] scopes() default {};

	/**
	 * Feature flags as {@code name=value}: {@code true}/{@code false} become boolean flags,
	 * whole numbers integer flags, anything else string flags.
	 * @return the flags
	 */
	String[] flags() default {};

	/**
	 * Application properties as {@code name=value} strings.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * When to set up the security context.
	 * @return the event
	 */
	@AliasFor(annotation = WithSecurityContext.class)
	TestExecutionEvent setupBefore() default TestExecutionEvent.TEST_METHOD;

}
