package io.github.kindem2m.sample.web;

import io.github.kindem2m.web.KindeM2mHttpConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything needs a Kinde M2M token except health, the OpenAPI document, Swagger UI
 * and the error page. The Kinde setup is applied in one line.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**", "/error")
			.permitAll()
			.anyRequest()
			.authenticated()).with(KindeM2mHttpConfigurer.kindeM2m(), Customizer.withDefaults());
		return http.build();
	}

}
