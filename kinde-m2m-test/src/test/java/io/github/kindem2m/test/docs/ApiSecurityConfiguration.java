package io.github.kindem2m.test.docs;

import io.github.kindem2m.web.KindeM2mHttpConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

// docs/getting-started.md: your own security filter chain
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/public/**").permitAll()
				.anyRequest().authenticated())
			.with(KindeM2mHttpConfigurer.kindeM2m(), Customizer.withDefaults());
		return http.build();
	}

}
