package io.github.kindem2m.autoconfigure;

import io.github.kindem2m.authorization.KindeExpressions;
import io.github.kindem2m.authorization.KindeMethodSecurity;
import io.github.kindem2m.authorization.RequirementsCheckingPostProcessor;

import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Role;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;

/**
 * {@code @RequireOrg}, {@code @RequireFlag} and {@code @RequireScope} on any bean, and the
 * {@code kinde} SpEL bean. Works with or without {@code @EnableMethodSecurity}.
 */
@Configuration(proxyBeanMethods = false)
@Import(MethodAuthorizationConfiguration.AutoProxy.class)
class MethodAuthorizationConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static AuthorizationManagerBeforeMethodInterceptor kindeAuthorizationInterceptor() {
		return KindeMethodSecurity.interceptor();
	}

	@Bean
	static RequirementsCheckingPostProcessor kindeRequirementsCheckingPostProcessor() {
		return new RequirementsCheckingPostProcessor();
	}

	@Bean("kinde")
	@ConditionalOnMissingBean(name = "kinde")
	KindeExpressions kinde() {
		return new KindeExpressions();
	}

	/** Makes sure infrastructure advisors, such as the interceptor above, are applied. */
	static class AutoProxy implements ImportBeanDefinitionRegistrar {

		@Override
		public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
			AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
		}

	}

}
