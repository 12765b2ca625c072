package release


type ReleaseMetadata struct {
}

