package io.github.kindem2m.test.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java sample in the README and docs/ is taken from compiled code: each of its lines
 * (ignoring comments, indentation and trailing punctuation) is in one Java source file of
 * the project, such as the files of this package, which the tests here run.
 */
class DocumentationSamplesTests {

	private static final Path ROOT = Path.of("..");

	private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

	@Test
	void everyJavaSampleIsAnExcerptOfCompiledCode() throws IOException {
		List<Set<String>> sources = sources();
		List<Path> pages = new ArrayList<>();
		pages.add(ROOT.resolve("README.md"));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		int samples = 0;
		for (Path page : pages) {
			Matcher blocks = JAVA_BLOCK.matcher(Files.readString(page));
			while (blocks.find()) {
				samples++;
				List<String> lines = normalized(blocks.group(1));
				assertThat(sources).as("%s, sample:%n%s", page.getFileName(), blocks.group(1))
					.anySatisfy((source) -> assertThat(source).containsAll(lines));
			}
		}
		assertThat(samples).isGreaterThanOrEqualTo(10);
	}

	private static List<Set<String>> sources() throws IOException {
		List<Set<String>> sources = new ArrayList<>();
		for (String module : List.of("kinde-m2m-starter", "kinde-m2m-test", "sample-agent-api")) {
			try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src"))) {
				files.filter((path) -> path.toString().endsWith(".java")).forEach((path) -> {
					try {
						sources.add(Set.copyOf(normalized(Files.readString(path))));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
		}
		return sources;
	}

	/** Lines without comments, indentation, a trailing {@code ;}, {@code ,} or {@code {}, or elisions. */
	static List<String> normalized(String code) {
		return code.lines()
			.map((line) -> line.replaceAll("//.*$", ""))
			.map((line) -> line.replaceAll("\\s+", " ").trim())
			.map((line) -> line.replaceAll("\\s*\\{ \\.\\.\\. }$", ""))
			.map((line) -> line.replaceAll("\\s*[;,{]$", ""))
			.filter((line) -> !line.isEmpty() && !line.equals("...") && !line.equals("}") && !line.equals(")"))
			.collect(Collectors.toList());
	}

}
