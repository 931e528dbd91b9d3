package io.github.kindem2m.sample.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document declares the Kinde bearer scheme, so Swagger UI can send a token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Knowledge-base agent API", version = "v1",
		description = "Per-organisation knowledge base for AI support agents, guarded by Kinde M2M tokens"),
		security = @SecurityRequirement(name = "kinde"))
@SecurityScheme(name = "kinde", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
		description = "A Kinde M2M access token (client credentials grant)")
class OpenApiConfiguration {

}
