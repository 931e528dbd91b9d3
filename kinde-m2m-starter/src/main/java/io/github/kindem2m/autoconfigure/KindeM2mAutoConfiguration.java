package io.github.kindem2m.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Auto-configuration of the Kinde M2M resource server. Active in servlet web
 * applications once {@code kinde.m2m.domain} is set; runs before Spring Boot's own
 * resource-server and web security auto-configuration so that they back off.
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken")
@ConditionalOnProperty(prefix = "kinde.m2m", name = "domain")
@EnableConfigurationProperties(KindeM2mProperties.class)
@Import({ JwtDecoderConfiguration.class, MethodAuthorizationConfiguration.class, WebMvcConfiguration.class,
		SecurityFilterChainConfiguration.class })
public final class KindeM2mAutoConfiguration {

}
