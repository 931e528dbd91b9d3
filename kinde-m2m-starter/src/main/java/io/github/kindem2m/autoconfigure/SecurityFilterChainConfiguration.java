package io.github.kindem2m.autoconfigure;

import io.github.kindem2m.web.KindeM2mHttpConfigurer;

import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The default filter chain: every request needs a valid Kinde M2M token except the
 * Actuator health endpoint. Backs off as soon as the application defines its own
 * {@link SecurityFilterChain}; that chain can apply the same setup with
 * {@link KindeM2mHttpConfigurer#kindeM2m()}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDefaultWebSecurity
class SecurityFilterChainConfiguration {

	@Bean
	@Order(SecurityFilterProperties.BASIC_AUTH_ORDER)
	SecurityFilterChain kindeM2mSecurityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.with(KindeM2mHttpConfigurer.kindeM2m(), Customizer.withDefaults());
		return http.build();
	}

}
