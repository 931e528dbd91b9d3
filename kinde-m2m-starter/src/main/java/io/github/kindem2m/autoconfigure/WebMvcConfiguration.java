package io.github.kindem2m.autoconfigure;

import java.util.List;

import io.github.kindem2m.authorization.OrgPathIsolationInterceptor;
import io.github.kindem2m.web.KindeM2mTokenArgumentResolver;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets controllers take a plain {@code KindeM2mToken} parameter, and isolates
 * organisations by path variable unless {@code kinde.m2m.org-isolation.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.web.servlet.config.annotation.WebMvcConfigurer")
class WebMvcConfiguration implements WebMvcConfigurer {

	private final KindeM2mProperties.OrgIsolation isolation;

	WebMvcConfiguration(KindeM2mProperties properties) {
		this.isolation = properties.getOrgIsolation();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new KindeM2mTokenArgumentResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (this.isolation.isEnabled()) {
			registry.addInterceptor(new OrgPathIsolationInterceptor(this.isolation.getPathVariable()));
		}
	}

}
