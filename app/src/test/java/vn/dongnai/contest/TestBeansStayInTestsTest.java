package vn.dongnai.contest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.io.service.SoftServiceLoader;
import io.micronaut.inject.BeanDefinitionReference;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The load runs start the platform on the tests' classpath (load-tests/, {@code embedded.LoadTestPlatform}),
 * so a bean declared in the tests would run in the platform they measure: a test's event listener kept
 * every graded attempt of a load run in memory, on the submit path. Every bean of the test classes is
 * therefore switched on only in a test: by the test environment, a test-only property, or Micronaut
 * Test's own condition (the test classes themselves).
 */
class TestBeansStayInTestsTest {

    @Test
    void everyBeanDeclaredInTheTestsRequiresATest() throws URISyntaxException {
        Path tests = location(TestBeansStayInTestsTest.class.getProtectionDomain().getCodeSource());
        List<BeanDefinitionReference> references = new ArrayList<>();
        SoftServiceLoader.load(BeanDefinitionReference.class).collectAll(references);
        List<String> testBeans = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        for (BeanDefinitionReference<?> reference : references) {
            if (!reference.isPresent() || !tests.equals(location(reference.getClass().getProtectionDomain().getCodeSource()))) {
                continue;
            }
            testBeans.add(reference.getName());
            if (reference.getAnnotationMetadata().getAnnotationValuesByType(Requires.class).stream()
                    .noneMatch(TestBeansStayInTestsTest::onlyInATest)) {
                unguarded.add(reference.getBeanType().getName());
            }
        }
        assertTrue(testBeans.size() > 50, "the test classes' beans were found: " + testBeans.size());
        assertEquals(List.of(), unguarded.stream().distinct().sorted().toList(),
                "beans of the tests that a load run's platform would start; add @Requires(env = Environment.TEST)");
    }

    private static boolean onlyInATest(AnnotationValue<Requires> requires) {
        return List.of(requires.stringValues("env")).contains(Environment.TEST)
                || requires.stringValue("property").filter(p -> p.startsWith("contest.test.")).isPresent()
                || requires.classValue("condition").filter(c -> c.getName().startsWith("io.micronaut.test.")).isPresent();
    }

    private static Path location(CodeSource source) throws URISyntaxException {
        return source == null ? Path.of("") : Path.of(source.getLocation().toURI());
    }
}
