package dev.camelkling.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application that renders one clip per configured prompt and writes the MP4s to
 * {@code kling.example.output-dir}. Kling settings come from {@code camel.component.kling.*}.
 */
@SpringBootApplication
public class KlingSpringBootApplication {

    public static void main(String[] args) {
        SpringApplication.run(KlingSpringBootApplication.class, args);
    }
}
