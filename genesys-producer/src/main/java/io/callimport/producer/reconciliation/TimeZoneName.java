package io.callimport.producer.reconciliation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time zone id such as {@code UTC} or {@code Europe/Berlin}. A field error, so that
 * start-up names the variable ({@code RECONCILIATION_ZONE}).
 */
@Documented
@Constraint(validatedBy = TimeZoneName.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeZoneName {

	String message() default "must be a time zone id such as UTC or Europe/Berlin";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks {@link TimeZoneName} with {@link ZoneId#of}.
	 */
	class Validator implements ConstraintValidator<TimeZoneName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			try {
				return value != null && ZoneId.of(value) != null;
			}
			catch (DateTimeException ex) {
				return false;
			}
		}

	}

}
