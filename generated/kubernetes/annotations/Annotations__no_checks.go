//go:build no_runtime_type_checking

package annotations

// Building without runtime type checking enabled, so all the below just return nil

func (a *jsiiProxy_Annotations) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateImportFromParameters(id *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateMoveToIdParameters(id *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (a *jsiiProxy_Annotations) validatePutMetadataParameters(value *AnnotationsMetadata) error {
	return nil
}

func validateAnnotations_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateAnnotations_IsConstructParameters(x interface{}) error {
	return nil
}

func validateAnnotations_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateAnnotations_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetAnnotationsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetApiVersionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetFieldManagerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetForceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetKindParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Annotations) validateSetTemplateAnnotationsParameters(val *map[string]*string) error {
	return nil
}

func validateNewAnnotationsParameters(scope constructs.Construct, id *string, config *AnnotationsConfig) error {
	return nil
}

