package io.github.kindem2m.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.kindem2m.test.issuer.LocalKindeIssuer;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link LocalKindeIssuer} for the test class and, in Spring tests, points
 * {@code kinde.m2m.domain} and {@code kinde.m2m.audience} at it and makes it a bean.
 * Test methods and constructors can take a {@code LocalKindeIssuer} parameter.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * @KindeM2mTest
 * class ArticlesApiTests {
 *
 *     @Test
 *     void listsArticles(LocalKindeIssuer issuer) {
 *         String token = issuer.mint().org("org_acme").scopes("kb:read").sign();
 *         ...
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalKindeIssuerExtension.class)
public @interface KindeM2mTest {

	/**
	 * The API audience to configure as {@code kinde.m2m.audience}; minted tokens carry it.
	 * @return the audience
	 */
	String audience() default LocalKindeIssuer.DEFAULT_AUDIENCE;

}
