package vn.dongnai.contest;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "Contest platform",
        version = "0.1",
        description = "Online knowledge contests: contestant API, organizer and committee API"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
