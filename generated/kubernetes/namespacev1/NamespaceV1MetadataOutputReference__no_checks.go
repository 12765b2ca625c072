//go:build no_runtime_type_checking

package namespacev1

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (n *jsiiProxy_NamespaceV1MetadataOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetAnnotationsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetGenerateNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetInternalValueParameters(val *NamespaceV1Metadata) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetLabelsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NamespaceV1MetadataOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewNamespaceV1MetadataOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

