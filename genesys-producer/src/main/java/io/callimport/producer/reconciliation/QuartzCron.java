package io.callimport.producer.reconciliation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A Quartz cron expression (with seconds). A field error, so that start-up names the
 * variable ({@code RECONCILIATION_CRON}).
 */
@Documented
@Constraint(validatedBy = QuartzCronValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface QuartzCron {

	String message() default "must be a Quartz cron expression: seconds minutes hours day-of-month month "
			+ "day-of-week [year], with ? in one of the day fields, e.g. 0 0 2 * * ?";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
