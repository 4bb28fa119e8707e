package io.callimport.producer.reconciliation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.quartz.CronExpression;

/**
 * Checks {@link QuartzCron} with Quartz's own parser.
 */
public class QuartzCronValidator implements ConstraintValidator<QuartzCron, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value != null && CronExpression.isValidExpression(value);
	}

}
