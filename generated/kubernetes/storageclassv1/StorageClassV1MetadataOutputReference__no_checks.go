//go:build no_runtime_type_checking

package storageclassv1

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_StorageClassV1MetadataOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetAnnotationsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetGenerateNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetInternalValueParameters(val *StorageClassV1Metadata) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetLabelsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_StorageClassV1MetadataOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewStorageClassV1MetadataOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

