package io.github.kindem2m.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference cannot drift from the properties: every key the
 * configuration processor generates must be documented, and described in its Javadoc.
 */
class ConfigurationDocsTests {

	@Test
	void everyPropertyIsInTheConfigurationReference() throws IOException {
		String reference = Files.readString(Path.of("..", "docs", "configuration.md"));
		List<String> names = new ArrayList<>();
		// Read this module's own metadata: other jars on the class path carry the same resource name.
		try (InputStream metadata = Files
			.newInputStream(Path.of("target", "classes", "META-INF", "spring-configuration-metadata.json"))) {
			JsonNode properties = JsonMapper.shared().readTree(metadata).get("properties");
			for (JsonNode property : properties) {
				assertThat(property.get("name").asString()).startsWith("kinde.m2m.");
				names.add(property.get("name").asString());
				assertThat(property.has("description")).as(property.get("name").asString()).isTrue();
			}
		}
		assertThat(names).hasSizeGreaterThanOrEqualTo(14);
		assertThat(names).allSatisfy((name) -> assertThat(reference).contains("`" + name + "`"));
	}

}
