// Package storageclass makes an encrypted gp3 StorageClass (EBS CSI
// driver) the cluster's default: gp3 gives 3000 IOPS at any size for less
// than gp2, and WaitForFirstConsumer creates each volume in the zone its
// pod was scheduled to.
package storageclass

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/hashicorp/terraform-cdk-go/cdktf"

	"github.com/keelson-dev/keelson/generated/kubernetes/annotations"
	"github.com/keelson-dev/keelson/generated/kubernetes/storageclassv1"
)

const defaultAnnotation = "storageclass.kubernetes.io/is-default-class"

// New creates the StorageClass (and demotes gp2) with the stack's
// kubernetes provider.
func New(scope constructs.Construct, id string, props Props) (cdktf.ITerraformDependable, error) {
	props = props.withDefaults()
	if err := props.validate(); err != nil {
		return nil, err
	}
	c := constructs.NewConstruct(scope, jsii.String(id))
	params := map[string]*string{"type": jsii.String("gp3"), "encrypted": jsii.String("true"), "csi.storage.k8s.io/fstype": jsii.String("ext4")}
	if props.KMSKeyARN != "" {
		params["kmsKeyId"] = jsii.String(props.KMSKeyARN)
	}
	if props.BackupTag != "" {
		params["tagSpecification_1"] = jsii.String(props.BackupTag)
	}
	sc := storageclassv1.NewStorageClassV1(c, jsii.String("Resource"), &storageclassv1.StorageClassV1Config{
		Metadata: &storageclassv1.StorageClassV1Metadata{
			Name:        jsii.String(props.Name),
			Annotations: &map[string]*string{defaultAnnotation: jsii.String("true")},
		},
		StorageProvisioner:   jsii.String("ebs.csi.aws.com"),
		Parameters:           &params,
		ReclaimPolicy:        jsii.String(props.ReclaimPolicy),
		VolumeBindingMode:    jsii.String("WaitForFirstConsumer"),
		AllowVolumeExpansion: jsii.Bool(true),
	})
	if props.DemoteGP2 {
		// EKS creates gp2 with every cluster; two defaults make PVC
		// binding depend on creation order.
		annotations.NewAnnotations(c, jsii.String("DemoteGp2"), &annotations.AnnotationsConfig{
			ApiVersion:  jsii.String("storage.k8s.io/v1"),
			Kind:        jsii.String("StorageClass"),
			Metadata:    &annotations.AnnotationsMetadata{Name: jsii.String("gp2")},
			Annotations: &map[string]*string{defaultAnnotation: jsii.String("false")},
			Force:       jsii.Bool(true),
		})
	}
	return sc, nil
}
