package io.github.kindem2m.test.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue table in docs/security.md cannot drift: every case is listed with its
 * expected status.
 */
class SecurityDocsTests {

	@Test
	void everyCatalogueCaseIsInTheSecurityPage() throws IOException {
		String page = Files.readString(Path.of("..", "docs", "security.md"));
		AttackCatalogueTests.catalogue().forEach((attack) -> assertThat(page).as(attack.id())
			.contains("| `" + attack.id() + "` | " + attack.attack() + " | " + attack.status() + " |"));
	}

}
